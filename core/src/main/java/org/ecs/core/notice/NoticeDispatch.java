package org.ecs.core.notice;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a notice (with whatever else must be written with it) in one transaction, then
 * hands it to the pipeline. If the hand-over fails, the notice is stored all the same and
 * the periodic sweep hands it over later: the sender is not asked to send it twice.
 */
@Component
public class NoticeDispatch {

	private static final Logger log = LoggerFactory.getLogger(NoticeDispatch.class);

	private final TransactionTemplate transaction;

	private final NoticePublication publication;

	private final Notices notices;

	private final java.time.Clock clock;

	public NoticeDispatch(PlatformTransactionManager transactions, NoticePublication publication, Notices notices,
			java.time.Clock clock) {
		this.transaction = new TransactionTemplate(transactions);
		this.publication = publication;
		this.notices = notices;
		this.clock = clock;
	}

	/** Runs the writes in one transaction, then publishes the notice they return. */
	public Notice storeThenPublish(Supplier<Notice> writes) {
		Notice notice = this.transaction.execute((status) -> writes.get());
		publish(notice.id());
		return notice;
	}

	/**
	 * Hands over every notice stored more than a minute ago and still not fanned out: a
	 * crash or a broker outage left it behind. Fan-out is idempotent, so a notice handed
	 * over twice reaches nobody twice.
	 */
	public int sweep() {
		return sweepOlderThan(java.time.Duration.ofMinutes(1), this.clock.instant());
	}

	int sweepOlderThan(java.time.Duration olderThan, java.time.Instant now) {
		List<UUID> lost = this.notices.awaitingFanOut(olderThan, now);
		lost.forEach(this::publish);
		return lost.size();
	}

	private void publish(UUID id) {
		try {
			this.publication.publish(id);
		}
		catch (RuntimeException ex) {
			log.warn("Notice {} is stored but could not be handed to the broker; the sweep will retry: {}", id,
					ex.toString());
		}
	}

}
