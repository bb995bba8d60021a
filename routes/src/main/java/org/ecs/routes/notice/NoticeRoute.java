package org.ecs.routes.notice;

import org.apache.camel.builder.RouteBuilder;
import org.ecs.core.notification.NotificationFanOut;
import org.ecs.routes.messaging.PipelineCodec;
import org.ecs.routes.messaging.Queues;
import org.springframework.stereotype.Component;

/**
 * notice posted → notifications for everyone it names × their channels → the outbound
 * queues, as for a published comment. The notice's message comes from the outbox, written
 * with the notice.
 */
@Component
class NoticeRoute extends RouteBuilder {

	@Override
	public void configure() {
		from(Queues.queue(Queues.NOTICE_POSTED)).routeId("notice-fan-out")
			.bean(PipelineCodec.class, "noticeId")
			.bean(NotificationFanOut.class, "noticePosted")
			.to("direct:outbound-dispatch");
	}

}
