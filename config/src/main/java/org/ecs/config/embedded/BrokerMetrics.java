package org.ecs.config.embedded;

import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Queue depths of the embedded broker as gauges {@code ecs.queue.depth{queue=...}},
 * dead-letter queues included. An external broker publishes its own metrics (Artemis's
 * metrics plugin).
 */
@Component
@ConditionalOnClass(name = EmbeddedBroker.SERVER_CLASS)
@ConditionalOnProperty(name = "spring.artemis.embedded.enabled", havingValue = "true", matchIfMissing = true)
class BrokerMetrics implements SmartInitializingSingleton {

	static final List<String> QUEUES = List.of("ecs.mail.received", "ecs.fax.received", "ecs.contribution.received",
			"ecs.contribution.approved", "ecs.contribution.rejected", "ecs.outbound.web", "ecs.outbound.email",
			"ecs.outbound.fax");

	private final ObjectProvider<EmbeddedActiveMQ> brokers;

	private final MeterRegistry registry;

	private EmbeddedActiveMQ broker;

	BrokerMetrics(ObjectProvider<EmbeddedActiveMQ> brokers, MeterRegistry registry) {
		this.brokers = brokers;
		this.registry = registry;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.broker = this.brokers.getIfAvailable();
		if (this.broker == null) {
			return;
		}
		for (String queue : QUEUES) {
			gauge(queue);
			gauge("DLQ." + queue);
		}
		gauge("ecs.fanout");
		gauge("DLQ.ecs.event.committed");
	}

	private void gauge(String queue) {
		Gauge.builder("ecs.queue.depth", this, m -> m.depth(queue))
			.tag("queue", queue)
			.description("Messages waiting in the queue")
			.register(this.registry);
	}

	double depth(String queue) {
		if (this.broker.getActiveMQServer() == null) {
			return Double.NaN;
		}
		Queue q = this.broker.getActiveMQServer().locateQueue(SimpleString.of(queue));
		return q == null ? 0 : q.getMessageCount();
	}

}
