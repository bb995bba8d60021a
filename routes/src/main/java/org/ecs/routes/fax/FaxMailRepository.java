package org.ecs.routes.fax;

import java.time.Duration;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The bridge poller's idempotent repository, in PostgreSQL, kept for good (never removed
 * on commit), so a copy of the same mail, another instance or a restart never takes a fax
 * twice.
 */
class FaxMailRepository extends ServiceSupport implements IdempotentRepository {

	private final FaxMails mails;

	private final Duration lease;

	FaxMailRepository(FaxMails mails, Duration lease) {
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
		throw new UnsupportedOperationException("the record of received faxes is kept");
	}

}
