package org.ecs.routes.fanout;

import org.apache.camel.builder.RouteBuilder;
import org.ecs.routes.messaging.PipelineCodec;
import org.ecs.routes.messaging.Queues;
import org.springframework.stereotype.Component;

/**
 * committed → notifications for the audience × each person's channels → one outbound
 * queue per channel, through the outbox in the same transaction
 * ({@link OutboundDispatch}). Rejections reach their author the same way.
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
			.bean(OutboundDispatch.class, "commentPublished");

		from(Queues.queue(Queues.REJECTED)).routeId("contribution-reject")
			.bean(PipelineCodec.class, "rejected")
			.bean(OutboundDispatch.class, "contributionRejected");

		// deliveries other stages decided (documents, notices)
		from("direct:outbound-dispatch").routeId("outbound-dispatch").bean(OutboundDispatch.class, "dispatch");
	}

}
