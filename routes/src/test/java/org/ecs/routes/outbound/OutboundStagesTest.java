package org.ecs.routes.outbound;

import java.util.List;

import org.ecs.core.notification.OutboundDelivery;
import org.ecs.core.notification.WebInbox;
import org.ecs.core.participant.Channel;
import org.ecs.routes.messaging.BatchedQueue;
import org.ecs.routes.messaging.PipelineCodec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class OutboundStagesTest {

	final PipelineCodec codec = new PipelineCodec();

	@Test
	void shouldDeliverAWebBatchInOneCallInQueueOrder() throws Exception {
		WebInbox inbox = mock(WebInbox.class);
		OutboundDelivery first = new OutboundDelivery(1, 10, Channel.WEB);
		OutboundDelivery second = new OutboundDelivery(2, 11, Channel.WEB);

		List<BatchedQueue.Outgoing> out = OutboundStages.web(this.codec, inbox)
			.handle(List.of(incoming(first, 1), incoming(second, 1)));

		verify(inbox).deliverAll(List.of(first, second));
		assertThat(out).isEmpty();
	}

	@Test
	void shouldHandTheEmailBatchWithEachDeliveryCountAndFailItWhenASendFailed() throws Exception {
		EmailNotifier notifier = mock(EmailNotifier.class);
		OutboundDelivery first = new OutboundDelivery(1, 10, Channel.EMAIL);
		OutboundDelivery second = new OutboundDelivery(2, 11, Channel.EMAIL);
		BatchedQueue.Handler stage = OutboundStages.email(this.codec, notifier);

		stage.handle(List.of(incoming(first, 1), incoming(second, 3)));
		verify(notifier).sendAll(List.of(first, second), List.of(1, 3));

		// the broker redelivers the batch: the failure reaches the consumer
		doThrow(new org.springframework.mail.MailSendException("down")).when(notifier).sendAll(anyList(), anyList());
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> stage.handle(List.of(incoming(first, 1))))
			.isInstanceOf(org.springframework.mail.MailSendException.class);
	}

	private BatchedQueue.Incoming incoming(OutboundDelivery d, int count) {
		return new BatchedQueue.Incoming(this.codec.write(d), null, count);
	}

}
