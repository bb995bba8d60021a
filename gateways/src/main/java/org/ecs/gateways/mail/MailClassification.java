package org.ecs.gateways.mail;

/**
 * The verdict on an inbound mail.
 *
 * @param kind what the mail is
 * @param reason which signal decided, for the log and the coordinator
 * @param report the delivery report of a bounce (or a delay notice), else {@code null}
 */
public record MailClassification(MailKind kind, String reason, DeliveryReport report) {

	public boolean isHuman() {
		return this.kind == MailKind.HUMAN;
	}

}
