package org.ecs.routes.fax;

/** The fax gateway's queue and routes. */
final class FaxQueues {

	/**
	 * Bridge mails taken from the mailbox, waiting to be processed; one that fails every
	 * redelivery ends in {@code DLQ.ecs.fax.received}.
	 */
	static final String RECEIVED = org.ecs.routes.messaging.Queues.FAX_RECEIVED;

	/**
	 * Faxes received while Tesseract is missing, waiting for it (as the intake took
	 * them); handed back to {@link #RECEIVED} once it is there. Never dead-lettered.
	 */
	static final String WAITING_FOR_OCR = "ecs.fax.waiting-ocr";

	static final String OCR_RELEASE_ROUTE = "fax-ocr-release";

	static final String OCR_CHECK_ROUTE = "fax-ocr-check";

	static final String POLL_ROUTE = "fax-poll";

	static final String INTAKE_ROUTE = "fax-intake";

	static final String OUTBOUND_ROUTE = "outbound-fax";

	private FaxQueues() {
	}

}
