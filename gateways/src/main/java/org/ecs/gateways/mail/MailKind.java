package org.ecs.gateways.mail;

/** What an inbound mail is, which decides whether the intake may act on it at all. */
public enum MailKind {

	/** Written by a person: may become a contribution or earn a rejection notice. */
	HUMAN,

	/**
	 * Sent by a machine on a person's behalf (out of office, list, receipts): ignored,
	 * never answered.
	 */
	AUTO_REPLY,

	/**
	 * A delivery failure or complaint about mail we sent: goes to recipient health, never
	 * answered.
	 */
	BOUNCE,

	/** Sent from one of our own addresses: dropped to break mail loops. */
	OWN

}
