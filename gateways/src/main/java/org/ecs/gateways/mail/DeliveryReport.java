package org.ecs.gateways.mail;

import java.util.List;
import java.util.Map;

/**
 * What a bounce (RFC 3464 delivery status notification, a non-standard bounce, or an RFC
 * 5965 feedback report) says about a mail we sent.
 *
 * @param recipients one entry per recipient the report speaks of
 * @param originalMessageId the Message-ID of our mail when the report returned it, else
 * {@code null}
 * @param originalHeaders headers of our mail as returned (names lower-case), possibly
 * empty
 * @param feedbackType for a complaint, its Feedback-Type (for example {@code abuse}),
 * else {@code null}
 * @param standard whether it came as machine-readable multipart/report rather than
 * guessed from the text
 */
public record DeliveryReport(List<Recipient> recipients, String originalMessageId, Map<String, String> originalHeaders,
		String feedbackType, boolean standard) {

	public DeliveryReport {
		recipients = List.copyOf(recipients);
		originalHeaders = Map.copyOf(originalHeaders);
	}

	/** Whether any recipient failed for good (5.x.x, or failed without a status). */
	public boolean permanent() {
		return this.recipients.stream().anyMatch(Recipient::permanent);
	}

	/** The first recipient's status code, or an empty string. */
	public String status() {
		return this.recipients.isEmpty() ? "" : this.recipients.get(0).status();
	}

	/**
	 * @param finalRecipient the address (type prefix such as {@code rfc822;} removed)
	 * @param action failed, delayed, delivered, relayed or expanded; empty when unknown
	 * @param status the enhanced status code such as {@code 5.1.1}, or empty
	 * @param replyCode the SMTP reply code such as {@code 550}, or empty
	 * @param diagnosticCode the remote server's words, or empty
	 * @param remoteMta the server that refused, or empty
	 */
	public record Recipient(String finalRecipient, String action, String status, String replyCode,
			String diagnosticCode, String remoteMta) {

		public boolean permanent() {
			return this.status.startsWith("5") || (this.status.isEmpty() && "failed".equals(this.action));
		}

	}

}
