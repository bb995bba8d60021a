package org.ecs.config.embedded;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DestructionAwareBeanPostProcessor;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;

/**
 * Starts the embedded Artemis broker beside the rest of the start rather than in its
 * turn: the broker (Spring Boot's bean, with {@link BrokerConfiguration}'s settings) is
 * made first when the singletons are made, and its start (the journal read, the acceptor
 * opened) runs on a thread of its own while PostgreSQL starts, the database migrates and
 * the other beans are made. Every JMS connection factory waits for that start before
 * anything can use it, so nothing connects to a broker not yet started, and a start that
 * fails fails the application's start as before. Registered in
 * {@code META-INF/spring.factories}, after {@link EarlyPostgres}; without the embedded
 * broker (the production jar, {@code spring.artemis.embedded.enabled=false}) it does
 * nothing.
 */
public class EarlyBroker implements ApplicationListener<ApplicationPreparedEvent>, Ordered {

	static final String BEAN = "ecs.earlyBroker";

	@Override
	public int getOrder() {
		return DataDirectoryLock.ORDER + 2;
	}

	@Override
	public void onApplicationEvent(ApplicationPreparedEvent event) {
		ConfigurableApplicationContext context = event.getApplicationContext();
		if (ClassUtils.isPresent(EmbeddedBroker.SERVER_CLASS, null)
				&& context.getEnvironment().getProperty("spring.artemis.embedded.enabled", Boolean.class, true)
				&& context.getBeanFactory() instanceof DefaultListableBeanFactory beans
				&& !beans.containsBeanDefinition(BEAN)) {
			Start.register(context, beans);
		}
	}

	/**
	 * The broker's start on a thread of its own: begun once the broker bean is made,
	 * waited for by every connection factory, and before the broker is stopped.
	 */
	static final class Start implements DestructionAwareBeanPostProcessor {

		private volatile CompletableFuture<Void> started;

		static void register(ConfigurableApplicationContext context, DefaultListableBeanFactory beans) {
			Start start = new Start();
			// registered before any bean of the application's: made first among them
			beans.registerBeanDefinition(BEAN, new RootBeanDefinition(Asked.class,
					() -> new Asked(beans.getBeanProvider(EmbeddedActiveMQ.class).getIfAvailable() != null)));
			context.addBeanFactoryPostProcessor(Start::startNotInInitMethod);
			beans.addBeanPostProcessor(start);
		}

		/** Boot's broker bean starts in its init method; here it starts on its thread. */
		private static void startNotInInitMethod(ConfigurableListableBeanFactory beans) {
			for (String name : beans.getBeanNamesForType(EmbeddedActiveMQ.class, true, false)) {
				if (beans.getBeanDefinition(name) instanceof AbstractBeanDefinition broker
						&& "start".equals(broker.getInitMethodName())) {
					broker.setInitMethodName(null);
				}
			}
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
			if (bean instanceof EmbeddedActiveMQ broker && this.started == null) {
				this.started = CompletableFuture.runAsync(() -> {
					try {
						broker.start();
					}
					catch (Exception ex) {
						throw new CompletionException(ex);
					}
				}, (task) -> {
					Thread thread = new Thread(task, "ecs-broker-start");
					thread.setDaemon(true);
					thread.start();
				});
			}
			return bean;
		}

		@Override
		public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
			CompletableFuture<Void> start = this.started;
			if (bean instanceof ConnectionFactory && start != null) {
				try {
					start.join();
				}
				catch (CompletionException ex) {
					throw new BeanCreationException(beanName, "The embedded broker did not start", ex.getCause());
				}
			}
			return bean;
		}

		@Override
		public boolean requiresDestruction(Object bean) {
			return bean instanceof EmbeddedActiveMQ;
		}

		@Override
		public void postProcessBeforeDestruction(Object bean, String beanName) throws BeansException {
			// stopped only once its start is over, however it ended
			CompletableFuture<Void> start = this.started;
			if (start != null) {
				start.exceptionally((ex) -> null).join();
			}
		}

	}

	/**
	 * That the broker was asked for first.
	 *
	 * @param present whether the context has an embedded broker
	 */
	record Asked(boolean present) {
	}

}
