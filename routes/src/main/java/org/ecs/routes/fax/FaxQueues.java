package org.ecs.routes.fax;

/** The fax gateway's queue and routes. */
final class FaxQueues {

	/**
	 * Bridge mails taken from the mailbox, waiting to be processed; one that fails every
	 * redelivery ends in {@code DLQ.ecs.fax.received}.
	 */
	static final String RECEIVED = org.ecs.routes.messaging.Queues.FAX_RECEIVED;

	static final String POLL_ROUTE = "fax-poll";

	static final String INTAKE_ROUTE = "fax-intake";

	static final String OUTBOUND_ROUTE = "outbound-fax";

	private FaxQueues() {
	}

}
