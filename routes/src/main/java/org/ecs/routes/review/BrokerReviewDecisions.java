package org.ecs.routes.review;

import org.apache.camel.ProducerTemplate;
import org.ecs.core.review.ApprovedContribution;
import org.ecs.core.review.RejectedContribution;
import org.ecs.core.review.ReviewDecisions;
import org.ecs.routes.messaging.PipelineCodec;
import org.ecs.routes.messaging.Queues;
import org.springframework.stereotype.Component;

/** Coordinators' decisions go to the approved and rejected queues. */
@Component
class BrokerReviewDecisions implements ReviewDecisions {

	private final ProducerTemplate producer;

	private final PipelineCodec codec;

	BrokerReviewDecisions(ProducerTemplate producer, PipelineCodec codec) {
		this.producer = producer;
		this.codec = codec;
	}

	@Override
	public void approved(ApprovedContribution approved) {
		this.producer.sendBodyAndHeader(Queues.queue(Queues.APPROVED), this.codec.write(approved), Queues.GROUP,
				"d-" + approved.discussionId());
	}

	@Override
	public void rejected(RejectedContribution rejected) {
		this.producer.sendBody(Queues.queue(Queues.REJECTED), this.codec.write(rejected));
	}

}
