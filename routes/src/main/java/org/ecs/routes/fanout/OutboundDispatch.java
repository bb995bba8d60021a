package org.ecs.routes.fanout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.ecs.core.comment.CommittedComment;
import org.ecs.core.notification.NotificationFanOut;
import org.ecs.core.notification.OutboundDelivery;
import org.ecs.core.outbox.Outbox;
import org.ecs.core.review.RejectedContribution;
import org.ecs.routes.messaging.PipelineCodec;
import org.ecs.routes.messaging.Queues;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands each delivery a fan-out decided to its channel's outbound queue through the
 * outbox, in the fan-out's own transaction: the notifications and the messages they lead
 * to are stored together, and the relay sends them in broker transactions of hundreds
 * (one journal sync each) instead of one synchronous persistent send per delivery — a
 * comment to 10,000 readers made 20,000 of those, nine seconds before the first email.
 */
@Component
class OutboundDispatch {

	private final NotificationFanOut fanOut;

	private final Outbox outbox;

	private final PipelineCodec codec;

	private final TransactionTemplate transaction;

	OutboundDispatch(NotificationFanOut fanOut, Outbox outbox, PipelineCodec codec,
			PlatformTransactionManager transactions) {
		this.fanOut = fanOut;
		this.outbox = outbox;
		this.codec = codec;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Everyone in the audience but the author hears of a published comment. */
	public int commentPublished(CommittedComment event) {
		return decideAndDispatch(() -> this.fanOut.commentPublished(event));
	}

	/** The author of a rejected contribution is told why. */
	public int contributionRejected(RejectedContribution event) {
		return decideAndDispatch(() -> this.fanOut.contributionRejected(event));
	}

	/**
	 * Deliveries decided in a transaction already committed (documents, notices): queued
	 * in a transaction of their own. Redelivery of the event that led to them decides
	 * them again (the fan-out returns every delivery still queued), so a crash between
	 * the two transactions loses nothing.
	 * @return how many deliveries were queued
	 */
	public int dispatch(List<OutboundDelivery> deliveries) {
		Integer queued = this.transaction.execute((status) -> append(deliveries));
		return (queued != null) ? queued : 0;
	}

	private int decideAndDispatch(Supplier<List<OutboundDelivery>> decision) {
		Integer queued = this.transaction.execute((status) -> append(decision.get()));
		return (queued != null) ? queued : 0;
	}

	private int append(List<OutboundDelivery> deliveries) {
		List<Outbox.Message> messages = new ArrayList<>(deliveries.size());
		for (OutboundDelivery d : deliveries) {
			messages.add(new Outbox.Message(Outbox.queue(queueOf(d)), this.codec.write(d), null));
		}
		this.outbox.appendAll(messages);
		return messages.size();
	}

	static String queueOf(OutboundDelivery delivery) {
		return switch (delivery.channel()) {
			case WEB -> Queues.OUTBOUND_WEB;
			case EMAIL -> Queues.OUTBOUND_EMAIL;
			case FAX -> Queues.OUTBOUND_FAX;
		};
	}

}
