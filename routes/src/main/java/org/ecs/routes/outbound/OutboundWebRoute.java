package org.ecs.routes.outbound;

import org.apache.camel.builder.RouteBuilder;
import org.ecs.core.notification.WebInbox;
import org.ecs.routes.messaging.PipelineCodec;
import org.ecs.routes.messaging.Queues;
import org.springframework.stereotype.Component;

@Component
class OutboundWebRoute extends RouteBuilder {

	@Override
	public void configure() {
		from(Queues.queue(Queues.OUTBOUND_WEB) + "?concurrentConsumers=2").routeId("outbound-web")
			.bean(PipelineCodec.class, "delivery")
			.bean(WebInbox.class, "deliver");

		from(Queues.queue(Queues.OUTBOUND_EMAIL) + "?concurrentConsumers={{ecs.mail.senders:4}}")
			.routeId("outbound-email")
			.bean(PipelineCodec.class, "delivery")
			.bean(EmailNotifier.class, "send");
	}

}
