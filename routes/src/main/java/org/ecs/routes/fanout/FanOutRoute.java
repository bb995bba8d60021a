package org.ecs.routes.fanout;

import org.apache.camel.builder.RouteBuilder;
import org.ecs.core.notification.NotificationFanOut;
import org.ecs.routes.messaging.PipelineCodec;
import org.ecs.routes.messaging.Queues;
import org.springframework.stereotype.Component;

/**
 * committed → notifications for the audience × each person's channels → one outbound
 * queue per channel. Rejections reach their author the same way.
 */
@Component
class FanOutRoute extends RouteBuilder {

	/** The fan-out's durable shared subscription on the committed address. */
	static final String SUBSCRIPTION = "ecs.fanout";

	@Override
	public void configure() {
		from("jms:topic:" + Queues.COMMITTED + "?subscriptionDurable=true&subscriptionShared=true&subscriptionName="
				+ SUBSCRIPTION + "&concurrentConsumers=2")
			.routeId("comment-fan-out")
			.bean(PipelineCodec.class, "committed")
			.bean(NotificationFanOut.class, "commentPublished")
			.to("direct:outbound-dispatch");

		from(Queues.queue(Queues.REJECTED)).routeId("contribution-reject")
			.bean(PipelineCodec.class, "rejected")
			.bean(NotificationFanOut.class, "contributionRejected")
			.to("direct:outbound-dispatch");

		from("direct:outbound-dispatch").routeId("outbound-dispatch")
			.removeHeaders("JMSX*")
			.split(body())
			.choice()
			.when(simple("${body.channel} == 'WEB'"))
			.bean(PipelineCodec.class, "write")
			.to(Queues.queue(Queues.OUTBOUND_WEB))
			.when(simple("${body.channel} == 'EMAIL'"))
			.bean(PipelineCodec.class, "write")
			.to(Queues.queue(Queues.OUTBOUND_EMAIL))
			.when(simple("${body.channel} == 'FAX'"))
			.bean(PipelineCodec.class, "write")
			.to(Queues.queue(Queues.OUTBOUND_FAX))
			.end()
			.end();
	}

}
