package org.ecs.routes.notice;

import java.util.UUID;

import org.ecs.core.notice.NoticePublication;
import org.ecs.core.outbox.Outbox;
import org.ecs.routes.messaging.PipelineCodec;
import org.ecs.routes.messaging.Queues;
import org.springframework.stereotype.Component;

/**
 * Hands stored notices to {@code ecs.notice.posted} through the outbox, in the
 * transaction that stores them.
 */
@Component
class BrokerNoticePublication implements NoticePublication {

	private final Outbox outbox;

	private final PipelineCodec codec;

	BrokerNoticePublication(Outbox outbox, PipelineCodec codec) {
		this.outbox = outbox;
		this.codec = codec;
	}

	@Override
	public void publish(UUID noticeId) {
		this.outbox.append(Outbox.queue(Queues.NOTICE_POSTED), this.codec.write(noticeId), null);
	}

}
