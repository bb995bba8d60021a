package org.ecs.routes.review;

import org.apache.camel.builder.RouteBuilder;
import org.ecs.core.contribution.ContributionReception;
import org.ecs.routes.messaging.PipelineCodec;
import org.ecs.routes.messaging.Queues;
import org.springframework.stereotype.Component;

/**
 * received → rules and review policy → review inbox (in the database), or an automatic
 * approval or rejection, whose message the reception writes to the outbox in its own
 * transaction.
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
			.bean(ContributionReception.class, "receive");
	}

}
