package org.ecs.routes.messaging;

import javax.sql.DataSource;

import jakarta.jms.ConnectionFactory;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.component.jms.JmsHeaderFilterStrategy;
import org.apache.camel.support.DefaultHeaderFilterStrategy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The JMS component every route uses, and the database's transaction manager. Consumption
 * is transactional with the broker's local transactions: a route's input is received on a
 * transacted session that Spring exposes to the route, so every message the route sends
 * goes out on that same session, and one commit takes the input off its queue and puts
 * the outputs on the next ones at once. A stage's database writes commit first (they are
 * idempotent); a crash before the broker's commit redelivers the input, which the
 * idempotent writes absorb. Failed messages are redelivered by the broker with back-off,
 * then moved to {@code DLQ.<queue>} (broker address settings). A database decision that
 * leads to a message writes it to the outbox instead ({@link OutboxRelay}).
 * <p>
 * There is deliberately no {@code JmsTransactionManager}: with one, a listener container
 * that caches its consumer receives on its own session and commits that session's
 * acknowledgement as soon as the route returns, while the route's sends sit in the
 * transaction manager's other session and commit a moment later. A crash between the two
 * commits lost the sends for good (the random-kill test found a comment whose nine
 * deliveries were never dispatched); {@code MessagingTransactionIT} keeps it found.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ OutboxSettings.class, RetrySettings.class })
public class MessagingConfiguration {

	/**
	 * {@code @Transactional} means the database: a service method's writes are one
	 * database transaction, whatever broker session the route it runs in holds.
	 */
	@Bean
	@Primary
	JdbcTransactionManager transactionManager(DataSource dataSource) {
		return new JdbcTransactionManager(dataSource);
	}

	@Bean("jms")
	JmsComponent jmsComponent(ConnectionFactory connectionFactory) {
		JmsComponent jms = new JmsComponent();
		jms.setConnectionFactory(connectionFactory);
		// local transactions on the consumer's own session, which the route's sends
		// join (see the class comment): no transaction manager, none created lazily
		jms.setTransacted(true);
		jms.setLazyCreateTransactionManager(false);
		jms.setCacheLevelName("CACHE_CONSUMER");
		jms.setDeliveryPersistent(true);
		jms.setTestConnectionOnStartup(true);
		// the relay's duplicate-detection id belongs to the message it came with: a
		// stage that forwards (or splits into many) must not carry it on, or the broker
		// would drop the new messages as duplicates
		JmsHeaderFilterStrategy headers = new JmsHeaderFilterStrategy(false);
		String[] camel = DefaultHeaderFilterStrategy.CAMEL_FILTER_STARTS_WITH;
		String[] in = java.util.Arrays.copyOf(camel, camel.length + 1);
		in[camel.length] = "_AMQ";
		headers.setInFilterStartsWith(in);
		jms.setHeaderFilterStrategy(headers);
		return jms;
	}

}
