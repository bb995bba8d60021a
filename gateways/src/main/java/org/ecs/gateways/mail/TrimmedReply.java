package org.ecs.gateways.mail;

/**
 * A reply split into what its author wrote and what the mail client added.
 *
 * @param reply the author's text without quoted history, signature kept
 * @param replyWithoutSignature the same without signature, sign-off delimiters and mobile
 * footers
 * @param remainder what was trimmed away to leave {@code replyWithoutSignature} (quoted
 * history, forwarded headers, signature), kept so a coordinator can check that nothing of
 * the author's was lost
 */
public record TrimmedReply(String reply, String replyWithoutSignature, String remainder) {

	/** Whether the author wrote nothing of their own. */
	public boolean isEmpty() {
		return this.replyWithoutSignature.isBlank();
	}

}
