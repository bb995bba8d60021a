package org.ecs.routes.mail;

/** The mail intake's queue and routes. */
final class MailQueues {

	/**
	 * Mail taken from the mailbox, waiting to be processed; a mail that fails every
	 * redelivery ends in {@code DLQ.ecs.mail.received}.
	 */
	static final String RECEIVED = org.ecs.routes.messaging.Queues.MAIL_RECEIVED;

	static final String POLL_ROUTE = "mail-poll";

	static final String INTAKE_ROUTE = "mail-intake";

	private MailQueues() {
	}

}
