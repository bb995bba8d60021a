package org.ecs.core.mailbox;

import java.time.Duration;

/**
 * The once-only record of a polled mailbox: a poller claims a mail's key before it hands
 * the mail on and confirms the claim once the mail is durably queued; a claim never
 * confirmed (the instance died) lapses after its lease, so a mail is neither lost nor
 * taken twice.
 */
public interface MailClaims {

	/**
	 * @return false when the mail was handed on before, or another poller holds a live
	 * claim
	 */
	boolean claim(String mailKey, Duration lease);

	/** The mail is durably queued: no poller takes it again. */
	void confirm(String mailKey);

	/** Handing on failed: the next poll may take the mail again at once. */
	void release(String mailKey);

	/** Whether the mail was claimed or handed on. */
	boolean contains(String mailKey);

}
