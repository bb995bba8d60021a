package org.ecs.routes.messaging;

/**
 * The pipeline's durable queues (DESIGN.md), named
 * {@code ecs.<stage>.<event-in-past-tense>}.
 */
public final class Queues {

	public static final String RECEIVED = "ecs.contribution.received";

	/** Raw mail taken from the ECS mailbox, waiting to be parsed and identified. */
	public static final String MAIL_RECEIVED = "ecs.mail.received";

	/** Mail taken from the fax bridge's mailbox, waiting to be read and recognised. */
	public static final String FAX_RECEIVED = "ecs.fax.received";

	/** An announcement or network message, stored and waiting to be fanned out. */
	public static final String NOTICE_POSTED = "ecs.notice.posted";

	/** A document file catalogued, waiting for its text to be extracted. */
	public static final String DOCUMENT_RECEIVED = "ecs.document.received";

	/** A document file needing no review, or approved: waiting to be published. */
	public static final String DOCUMENT_APPROVED = "ecs.document.approved";

	/** A document file refused or unreadable: its uploader waits to be told why. */
	public static final String DOCUMENT_REJECTED = "ecs.document.rejected";

	public static final String APPROVED = "ecs.contribution.approved";

	public static final String REJECTED = "ecs.contribution.rejected";

	/**
	 * A multicast address: each consumer feature has its own durable shared subscription.
	 */
	public static final String COMMITTED = "ecs.event.committed";

	public static final String OUTBOUND_WEB = "ecs.outbound.web";

	public static final String OUTBOUND_EMAIL = "ecs.outbound.email";

	public static final String OUTBOUND_FAX = "ecs.outbound.fax";

	/** A meeting's recording, received, waiting for ffmpeg. */
	public static final String RECORDING_RECEIVED = org.ecs.core.meeting.Recordings.RECEIVED_QUEUE;

	/** A meeting's recording, transcoded, waiting to be published and announced. */
	public static final String RECORDING_TRANSCODED = org.ecs.core.meeting.Recordings.TRANSCODED_QUEUE;

	/** A meeting's recording whose captions changed, its master playlist to rewrite. */
	public static final String RECORDING_CAPTIONED = org.ecs.core.meeting.Recordings.CAPTIONED_QUEUE;

	/**
	 * A topic every instance subscribes to (not durably): a web inbox changed, so each
	 * instance tells the pages it holds open. Live updates only; nothing is lost when a
	 * message is (pages refresh when their stream reconnects).
	 */
	public static final String INBOX_CHANGED = "ecs.inbox.changed";

	/** Every queue whose dead letters an administrator may see and replay. */
	public static final java.util.List<String> ALL = java.util.List.of(MAIL_RECEIVED, FAX_RECEIVED, RECEIVED, APPROVED,
			REJECTED, COMMITTED, NOTICE_POSTED, DOCUMENT_RECEIVED, DOCUMENT_APPROVED, DOCUMENT_REJECTED, OUTBOUND_WEB,
			OUTBOUND_EMAIL, OUTBOUND_FAX, RECORDING_RECEIVED, RECORDING_TRANSCODED, RECORDING_CAPTIONED);

	/** Artemis creates one dead-letter queue per address with this prefix. */
	public static final String DEAD_LETTER_PREFIX = "DLQ.";

	/** Artemis message groups keep one discussion's messages in order on one consumer. */
	public static final String GROUP = "JMSXGroupID";

	private Queues() {
	}

	public static String queue(String name) {
		return "jms:queue:" + name;
	}

}
