package org.ecs.routes.commit;

import org.apache.camel.builder.RouteBuilder;
import org.ecs.core.comment.CommentStore;
import org.ecs.routes.messaging.ContributionLogContext;
import org.ecs.routes.messaging.PipelineCodec;
import org.ecs.routes.messaging.Queues;
import org.springframework.stereotype.Component;

/**
 * approved → comment in the discussion store (idempotent) → committed event for every
 * listener.
 */
@Component
class CommitRoute extends RouteBuilder {

	@Override
	public void configure() {
		from(Queues.queue(Queues.APPROVED) + "?concurrentConsumers=2").routeId("contribution-commit")
			.bean(PipelineCodec.class, "approved")
			// carried on to the committed event and each delivery
			// (ContributionLogContext)
			.setHeader(ContributionLogContext.HEADER, simple("${body.contributionId}"))
			.bean(IntakeLatency.class, "observe")
			.bean(CommentStore.class, "commit")
			// one line per contribution reaching the store: with its contribution_id (the
			// logging context), a contribution's path can be followed across instances
			.log("Committed as comment ${body.commentId} in discussion ${body.discussionId}")
			// the discussion's message group orders commits only; fan-out and deliveries
			// run in
			// parallel, and a group pinned to one consumer must not follow them
			// downstream
			.removeHeaders("JMSX*")
			.bean(PipelineCodec.class, "write")
			.to("jms:topic:" + Queues.COMMITTED);
	}

}
