package org.ecs.routes.messaging;

import jakarta.jms.ConnectionFactory;
import org.apache.camel.component.jms.JmsComponent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.connection.JmsTransactionManager;

/**
 * The JMS component every route uses. Consumption is transactional: a stage's database
 * writes commit first (they are idempotent), then the JMS transaction takes the input off
 * its queue and puts the output on the next one at once. A crash in between redelivers
 * the input, which the idempotent writes absorb. Failed messages are redelivered by the
 * broker with back-off, then moved to {@code DLQ.<queue>} (broker address settings).
 */
@Configuration(proxyBeanMethods = false)
public class MessagingConfiguration {

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
		return jms;
	}

}
