package org.ecs.routes.mailbox;

import java.time.Duration;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.ecs.core.mailbox.MailClaims;

/**
 * A mailbox poller's idempotent repository (the ECS mailbox's, the fax bridge's), in
 * PostgreSQL: a mail key is claimed before the mail is handed on, confirmed once it is
 * queued, and given back when that failed. Kept for good (not removed on commit), so a
 * copy of the same mail, another instance or a restart never takes it again.
 */
public class ClaimedMailRepository extends ServiceSupport implements IdempotentRepository {

	private final MailClaims mails;

	private final Duration lease;

	public ClaimedMailRepository(MailClaims mails, Duration lease) {
		this.mails = mails;
		this.lease = lease;
	}

	@Override
	public boolean add(String key) {
		return this.mails.claim(key, this.lease);
	}

	@Override
	public boolean contains(String key) {
		return this.mails.contains(key);
	}

	@Override
	public boolean remove(String key) {
		this.mails.release(key);
		return true;
	}

	@Override
	public boolean confirm(String key) {
		this.mails.confirm(key);
		return true;
	}

	@Override
	public void clear() {
		throw new UnsupportedOperationException("the record of received mail is kept");
	}

}
