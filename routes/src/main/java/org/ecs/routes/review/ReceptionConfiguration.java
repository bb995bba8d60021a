package org.ecs.routes.review;

import jakarta.jms.ConnectionFactory;
import org.ecs.core.contribution.ContributionReception;
import org.ecs.routes.messaging.BatchedQueue;
import org.ecs.routes.messaging.PipelineCodec;
import org.ecs.routes.messaging.Queues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reception stage on {@code ecs.contribution.received}, in batches. */
@Configuration(proxyBeanMethods = false)
class ReceptionConfiguration {

	@Bean
	BatchedQueue contributionReceive(ConnectionFactory connections, RouteSettings settings, PipelineCodec codec,
			ContributionReception reception) {
		return new BatchedQueue("contribution-receive", connections, Queues.RECEIVED, settings.consumers(),
				settings.batch(), new ReceptionStage(codec, reception));
	}

}
