package org.ecs.routes.outbound;

import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import org.ecs.core.notification.OutboundDelivery;
import org.ecs.core.notification.WebInbox;
import org.ecs.routes.messaging.BatchedQueue;
import org.ecs.routes.messaging.PipelineCodec;

/**
 * The outbound web and email stages as batch handlers: a batch of deliveries read from
 * their queue, handed on in one call (one database transaction for their outcomes).
 */
final class OutboundStages {

	private OutboundStages() {
	}

	static BatchedQueue.Handler web(PipelineCodec codec, WebInbox inbox) {
		return (batch) -> {
			inbox.deliverAll(deliveries(codec, batch));
			return List.of();
		};
	}

	static BatchedQueue.Handler email(PipelineCodec codec, EmailNotifier notifier) {
		return (batch) -> {
			sendAll(notifier, deliveries(codec, batch),
					batch.stream().map(BatchedQueue.Incoming::deliveryCount).toList());
			return List.of();
		};
	}

	private static void sendAll(EmailNotifier notifier, List<OutboundDelivery> deliveries, List<Integer> counts)
			throws MessagingException {
		notifier.sendAll(deliveries, counts);
	}

	static List<OutboundDelivery> deliveries(PipelineCodec codec, List<BatchedQueue.Incoming> batch) {
		List<OutboundDelivery> deliveries = new ArrayList<>(batch.size());
		for (BatchedQueue.Incoming in : batch) {
			deliveries.add(codec.delivery(in.body()));
		}
		return deliveries;
	}

}
