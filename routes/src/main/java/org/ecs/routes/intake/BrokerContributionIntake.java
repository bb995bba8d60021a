package org.ecs.routes.intake;

import org.ecs.core.contribution.Contribution;
import org.ecs.core.contribution.ContributionIntake;
import org.ecs.core.outbox.Outbox;
import org.ecs.routes.messaging.PipelineCodec;
import org.ecs.routes.messaging.Queues;
import org.springframework.stereotype.Component;

/**
 * Hands contributions to {@code ecs.contribution.received} through the outbox, in the
 * caller's transaction: a contribution stored and accepted is also on its way.
 */
@Component
class BrokerContributionIntake implements ContributionIntake {

	private final Outbox outbox;

	private final PipelineCodec codec;

	BrokerContributionIntake(Outbox outbox, PipelineCodec codec) {
		this.outbox = outbox;
		this.codec = codec;
	}

	@Override
	public void submit(Contribution contribution) {
		this.outbox.append(Outbox.queue(Queues.RECEIVED), this.codec.write(contribution),
				group(contribution.discussionId()));
	}

	static String group(Long discussionId) {
		return discussionId == null ? "unassigned" : "d-" + discussionId;
	}

}
