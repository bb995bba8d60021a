package org.ecs.routes.review;

import org.apache.camel.builder.RouteBuilder;
import org.ecs.core.contribution.ContributionReception;
import org.ecs.core.contribution.ReceptionOutcome;
import org.ecs.routes.messaging.PipelineCodec;
import org.ecs.routes.messaging.Queues;
import org.springframework.stereotype.Component;

/**
 * received → rules and review policy → review inbox (in the database), approved, or
 * rejected.
 */
@Component
class ReceptionRoute extends RouteBuilder {

	private final RouteSettings settings;

	ReceptionRoute(RouteSettings settings) {
		this.settings = settings;
	}

	@Override
	public void configure() {
		from(Queues.queue(Queues.RECEIVED) + "?concurrentConsumers=" + this.settings.consumers())
			.routeId("contribution-receive")
			.bean(PipelineCodec.class, "contribution")
			.bean(ContributionReception.class, "receive")
			.choice()
			.when(body().isInstanceOf(ReceptionOutcome.Approved.class))
			.setHeader(Queues.GROUP, simple("d-${body.message.discussionId}"))
			.setBody(simple("${body.message}"))
			.bean(PipelineCodec.class, "write")
			.to(Queues.queue(Queues.APPROVED))
			.when(body().isInstanceOf(ReceptionOutcome.Rejected.class))
			.setBody(simple("${body.message}"))
			.bean(PipelineCodec.class, "write")
			.to(Queues.queue(Queues.REJECTED))
			.end();
	}

}
