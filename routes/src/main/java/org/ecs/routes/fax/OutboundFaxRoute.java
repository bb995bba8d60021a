package org.ecs.routes.fax;

import org.apache.camel.builder.RouteBuilder;
import org.ecs.routes.messaging.PipelineCodec;
import org.ecs.routes.messaging.Queues;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** ecs.outbound.fax → one fax per notification, through the email-to-fax gateway. */
@Component
@ConditionalOnProperty(name = "ecs.fax.enabled", havingValue = "true", matchIfMissing = true)
class OutboundFaxRoute extends RouteBuilder {

	private final FaxSettings settings;

	OutboundFaxRoute(FaxSettings settings) {
		this.settings = settings;
	}

	@Override
	public void configure() {
		from(Queues.queue(Queues.OUTBOUND_FAX) + "?concurrentConsumers=" + this.settings.senders())
			.routeId(FaxQueues.OUTBOUND_ROUTE)
			.bean(PipelineCodec.class, "delivery")
			.bean(FaxNotifier.class, "send");
	}

}
