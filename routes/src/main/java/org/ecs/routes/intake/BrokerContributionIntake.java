package org.ecs.routes.intake;

import org.apache.camel.ProducerTemplate;
import org.ecs.core.contribution.Contribution;
import org.ecs.core.contribution.ContributionIntake;
import org.ecs.routes.messaging.PipelineCodec;
import org.ecs.routes.messaging.Queues;
import org.springframework.stereotype.Component;

/**
 * Hands contributions to {@code ecs.contribution.received}. The send is persistent and
 * blocks until the broker has stored it, so an accepted contribution survives a crash.
 */
@Component
class BrokerContributionIntake implements ContributionIntake {

	private final ProducerTemplate producer;

	private final PipelineCodec codec;

	BrokerContributionIntake(ProducerTemplate producer, PipelineCodec codec) {
		this.producer = producer;
		this.codec = codec;
	}

	@Override
	public void submit(Contribution contribution) {
		this.producer.sendBodyAndHeader(Queues.queue(Queues.RECEIVED), this.codec.write(contribution), Queues.GROUP,
				group(contribution.discussionId()));
	}

	static String group(Long discussionId) {
		return discussionId == null ? "unassigned" : "d-" + discussionId;
	}

}
