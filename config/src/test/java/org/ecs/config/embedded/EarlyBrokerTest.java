package org.ecs.config.embedded;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMAcceptorFactory;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded broker starts on a thread of its own, and nothing gets a connection
 * factory before that start is over: a real broker (in-VM, not persistent) and a bean
 * that connects as soon as it has the factory.
 */
class EarlyBrokerTest {

	private final List<String> starts = new CopyOnWriteArrayList<>();

	@Test
	void shouldStartTheBrokerOnItsOwnThreadOnceAndConnectOnlyAfterIt() throws Exception {
		try (GenericApplicationContext context = context(false)) {
			context.refresh();

			assertThat(this.starts).containsExactly("ecs-broker-start");
			assertThat(context.getBean(Connected.class).connection()).isNotNull();
			assertThat(context.getBean(EmbeddedActiveMQ.class).getActiveMQServer().isActive()).isTrue();
		}
	}

	@Test
	void shouldFailTheStartWhenTheBrokerDoesNotStart() {
		try (GenericApplicationContext context = context(true)) {
			assertThatThrownBy(context::refresh).isInstanceOf(BeanCreationException.class)
				.hasStackTraceContaining("The embedded broker did not start")
				.hasStackTraceContaining("journal unreadable");
		}
	}

	private GenericApplicationContext context(boolean failing) {
		GenericApplicationContext context = new GenericApplicationContext();
		DefaultListableBeanFactory beans = context.getDefaultListableBeanFactory();
		EarlyBroker.Start.register(context, beans);
		RootBeanDefinition broker = new RootBeanDefinition(EmbeddedActiveMQ.class, () -> broker(failing));
		// as Spring Boot declares its broker bean
		broker.setInitMethodName("start");
		broker.setDestroyMethodName("stop");
		beans.registerBeanDefinition("embeddedActiveMq", broker);
		beans.registerBeanDefinition("connectionFactory", new RootBeanDefinition(ConnectionFactory.class, () -> {
			// as Spring Boot's connection factory makes sure the broker is there
			beans.getBeansOfType(EmbeddedActiveMQ.class);
			return new ActiveMQConnectionFactory("vm://0");
		}));
		beans.registerBeanDefinition("connected", new RootBeanDefinition(Connected.class,
				() -> new Connected(connect(beans.getBean(ConnectionFactory.class)))));
		return context;
	}

	private EmbeddedActiveMQ broker(boolean failing) {
		ConfigurationImpl configuration = new ConfigurationImpl();
		configuration.setPersistenceEnabled(false);
		configuration.setSecurityEnabled(false);
		configuration.addAcceptorConfiguration(new TransportConfiguration(InVMAcceptorFactory.class.getName()));
		EmbeddedActiveMQ broker = new EmbeddedActiveMQ() {

			@Override
			public EmbeddedActiveMQ start() throws Exception {
				EarlyBrokerTest.this.starts.add(Thread.currentThread().getName());
				if (failing) {
					throw new IllegalStateException("journal unreadable");
				}
				return super.start();
			}

		};
		return broker.setConfiguration(configuration);
	}

	private static Connection connect(ConnectionFactory factory) {
		try {
			Connection connection = factory.createConnection();
			connection.close();
			return connection;
		}
		catch (Exception ex) {
			throw new IllegalStateException("No connection to the broker", ex);
		}
	}

	record Connected(Connection connection) {
	}

}
