package org.ecs.routes.review;

import org.ecs.core.outbox.Outbox;
import org.ecs.core.review.ApprovedContribution;
import org.ecs.core.review.RejectedContribution;
import org.ecs.core.review.ReviewDecisions;
import org.ecs.routes.messaging.PipelineCodec;
import org.ecs.routes.messaging.Queues;
import org.springframework.stereotype.Component;

/**
 * Decisions (a coordinator's, or the review policy's) go to the approved and rejected
 * queues through the outbox, in the transaction that records them.
 */
@Component
class BrokerReviewDecisions implements ReviewDecisions {

	private final Outbox outbox;

	private final PipelineCodec codec;

	BrokerReviewDecisions(Outbox outbox, PipelineCodec codec) {
		this.outbox = outbox;
		this.codec = codec;
	}

	@Override
	public void approved(ApprovedContribution approved) {
		this.outbox.append(Outbox.queue(Queues.APPROVED), this.codec.write(approved), "d-" + approved.discussionId());
	}

	@Override
	public void rejected(RejectedContribution rejected) {
		this.outbox.append(Outbox.queue(Queues.REJECTED), this.codec.write(rejected), null);
	}

}
