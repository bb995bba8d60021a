package org.ecs.config.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.ecs.routes.messaging.Queues;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisProperties;
import org.springframework.stereotype.Component;

/**
 * Queue depths of an external broker (the production profile) as the gauges the embedded
 * broker publishes, {@code ecs.queue.depth{queue=...}}, dead-letter queues included. Each
 * scrape asks the broker with one core-protocol queue query per queue over a session of
 * its own that fails fast: while the brokers fail over, the depths are missing (NaN), and
 * the next scrape reaches whichever broker is live.
 */
@Component
@ConditionalOnProperty(name = "spring.artemis.mode", havingValue = "native")
class BrokerQueueDepths implements SmartInitializingSingleton, DisposableBean {

	private final ArtemisProperties artemis;

	private final MeterRegistry registry;

	private ServerLocator locator;

	private ClientSessionFactory factory;

	private ClientSession session;

	BrokerQueueDepths(ArtemisProperties artemis, MeterRegistry registry) {
		this.artemis = artemis;
		this.registry = registry;
	}

	@Override
	public void afterSingletonsInstantiated() {
		for (String address : Queues.ALL) {
			// the committed events' address is read through the fan-out's subscription
			// queue
			gauge(Queues.COMMITTED.equals(address) ? "ecs.fanout" : address);
			gauge(Queues.DEAD_LETTER_PREFIX + address);
		}
	}

	private void gauge(String queue) {
		Gauge.builder("ecs.queue.depth", this, (m) -> m.depth(queue))
			.tag("queue", queue)
			.description("Messages waiting in the queue")
			.register(this.registry);
	}

	synchronized double depth(String queue) {
		try {
			ClientSession.QueueQuery query = session().queueQuery(SimpleString.of(queue));
			return query.isExists() ? query.getMessageCount() : 0;
		}
		catch (Exception ex) {
			close();
			return Double.NaN;
		}
	}

	private ClientSession session() throws Exception {
		if (this.session == null || this.session.isClosed()) {
			close();
			this.locator = ActiveMQClient.createServerLocator(this.artemis.getBrokerUrl());
			// a scrape must not wait for a broker to come back
			this.locator.setReconnectAttempts(0);
			this.locator.setInitialConnectAttempts(1);
			this.locator.setCallTimeout(5000);
			this.factory = this.locator.createSessionFactory();
			this.session = this.factory.createSession(this.artemis.getUser(), this.artemis.getPassword(), false, true,
					true, false, 0);
		}
		return this.session;
	}

	private void close() {
		if (this.locator != null) {
			this.locator.close();
		}
		this.session = null;
		this.factory = null;
		this.locator = null;
	}

	@Override
	public synchronized void destroy() {
		close();
	}

}
