package org.ecs.core.notice;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a notice (with whatever else must be written with it) and its message for the
 * pipeline in one transaction: a crash at any instant keeps both or neither.
 */
@Component
public class NoticeDispatch {

	private final TransactionTemplate transaction;

	private final NoticePublication publication;

	public NoticeDispatch(PlatformTransactionManager transactions, NoticePublication publication) {
		this.transaction = new TransactionTemplate(transactions);
		this.publication = publication;
	}

	/** Runs the writes and publishes the notice they return, in one transaction. */
	public Notice storeThenPublish(Supplier<Notice> writes) {
		return this.transaction.execute((status) -> {
			Notice notice = writes.get();
			this.publication.publish(notice.id());
			return notice;
		});
	}

}
