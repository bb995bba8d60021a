package org.ecs.routes.outbound;

import jakarta.jms.ConnectionFactory;
import org.ecs.core.notification.WebInbox;
import org.ecs.routes.messaging.BatchedQueue;
import org.ecs.routes.messaging.PipelineCodec;
import org.ecs.routes.messaging.Queues;
import org.ecs.routes.review.RouteSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbound web and email stages, in batches. An email batch is kept small: its
 * outcomes are recorded after its mails went out, so a crash in between sends that many
 * again (each mail at least once, as before, but never a whole burst twice).
 */
@Configuration(proxyBeanMethods = false)
class OutboundConfiguration {

	static final int EMAIL_BATCH = 20;

	@Bean
	BatchedQueue outboundWeb(ConnectionFactory connections, RouteSettings settings, PipelineCodec codec,
			WebInbox inbox) {
		return new BatchedQueue("outbound-web", connections, Queues.OUTBOUND_WEB, 2, settings.batch(),
				OutboundStages.web(codec, inbox));
	}

	@Bean
	BatchedQueue outboundEmail(ConnectionFactory connections, @Value("${ecs.mail.senders:4}") int senders,
			PipelineCodec codec, EmailNotifier notifier) {
		return new BatchedQueue("outbound-email", connections, Queues.OUTBOUND_EMAIL, senders, EMAIL_BATCH,
				OutboundStages.email(codec, notifier));
	}

}
