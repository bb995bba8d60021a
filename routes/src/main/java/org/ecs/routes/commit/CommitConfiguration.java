package org.ecs.routes.commit;

import jakarta.jms.ConnectionFactory;
import org.ecs.core.comment.CommentStore;
import org.ecs.routes.messaging.BatchedQueue;
import org.ecs.routes.messaging.PipelineCodec;
import org.ecs.routes.messaging.Queues;
import org.ecs.routes.review.RouteSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The commit stage on {@code ecs.contribution.approved}, in batches. */
@Configuration(proxyBeanMethods = false)
class CommitConfiguration {

	@Bean
	BatchedQueue contributionCommit(ConnectionFactory connections, RouteSettings settings, PipelineCodec codec,
			IntakeLatency latency, CommentStore comments) {
		return new BatchedQueue("contribution-commit", connections, Queues.APPROVED, settings.consumers(),
				settings.batch(), new CommitStage(codec, latency, comments));
	}

}
