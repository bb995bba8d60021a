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
import org.springframework.jms.connection.JmsTransactionManager;

/**
 * The JMS component every route uses, and the two transaction managers. Consumption is
 * transactional: a stage's database writes commit first (they are idempotent), then the
 * JMS transaction takes the input off its queue and puts the output on the next one at
 * once. A crash in between redelivers the input, which the idempotent writes absorb.
 * Failed messages are redelivered by the broker with back-off, then moved to
 * {@code DLQ.<queue>} (broker address settings). A database decision that leads to a
 * message writes it to the outbox instead ({@link OutboxRelay}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ OutboxSettings.class, RetrySettings.class })
public class MessagingConfiguration {

	/**
	 * {@code @Transactional} means the database. Declaring the JMS transaction manager
	 * below would otherwise take the place of Boot's own, and every service method would
	 * write to the database statement by statement while only its JMS sends were
	 * transactional: a crash between the two kept a decision without its message.
	 */
	@Bean
	@Primary
	JdbcTransactionManager transactionManager(DataSource dataSource) {
		return new JdbcTransactionManager(dataSource);
	}

	/** For the routes' JMS consumers only. */
	@Bean
	JmsTransactionManager jmsTransactionManager(ConnectionFactory connectionFactory) {
		return new JmsTransactionManager(connectionFactory);
	}

	@Bean("jms")
	JmsComponent jmsComponent(ConnectionFactory connectionFactory, JmsTransactionManager jmsTransactionManager) {
		JmsComponent jms = JmsComponent.jmsComponentTransacted(connectionFactory, jmsTransactionManager);
		jms.setCacheLevelName("CACHE_CONSUMER");
		jms.setDeliveryPersistent(true);
		jms.setTestConnectionOnStartup(true);
		// the relay's duplicate-detection id belongs to the message it came with: a
		// stage
		// that forwards (or splits into many) must not carry it on, or the broker would
		// drop the new messages as duplicates
		JmsHeaderFilterStrategy headers = new JmsHeaderFilterStrategy(false);
		String[] camel = DefaultHeaderFilterStrategy.CAMEL_FILTER_STARTS_WITH;
		String[] in = java.util.Arrays.copyOf(camel, camel.length + 1);
		in[camel.length] = "_AMQ";
		headers.setInFilterStartsWith(in);
		jms.setHeaderFilterStrategy(headers);
		return jms;
	}

}
