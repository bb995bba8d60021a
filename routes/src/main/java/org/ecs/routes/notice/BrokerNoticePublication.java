package org.ecs.routes.notice;

import java.util.UUID;

import org.apache.camel.ProducerTemplate;
import org.ecs.core.notice.NoticePublication;
import org.ecs.routes.messaging.PipelineCodec;
import org.ecs.routes.messaging.Queues;
import org.springframework.stereotype.Component;

/** Hands stored notices to {@code ecs.notice.posted}, persistently. */
@Component
class BrokerNoticePublication implements NoticePublication {

	private final ProducerTemplate producer;

	private final PipelineCodec codec;

	BrokerNoticePublication(ProducerTemplate producer, PipelineCodec codec) {
		this.producer = producer;
		this.codec = codec;
	}

	@Override
	public void publish(UUID noticeId) {
		this.producer.sendBody(Queues.queue(Queues.NOTICE_POSTED), this.codec.write(noticeId));
	}

}
