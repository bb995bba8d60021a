package org.ecs.gateways.mail;

import java.util.List;

/**
 * A reply split into what its author wrote and what the mail client added.
 *
 * @param reply the author's text without quoted history, signature kept
 * @param replyWithoutSignature the same without signature, sign-off delimiters and mobile
 * footers
 * @param remainder what was trimmed away to leave {@code replyWithoutSignature} (quoted
 * history, forwarded headers, signature), kept so a coordinator can check that nothing of
 * the author's was lost
 * @param removed the same remainder in parts, each with why it was removed, in the order
 * they stood
 * @param doubts lines kept although they look like something a client adds, for the
 * coordinator to check
 */
public record TrimmedReply(String reply, String replyWithoutSignature, String remainder, List<Removed> removed,
		List<String> doubts) {

	public TrimmedReply {
		removed = (removed != null) ? List.copyOf(removed) : List.of();
		doubts = (doubts != null) ? List.copyOf(doubts) : List.of();
	}

	public TrimmedReply(String reply, String replyWithoutSignature, String remainder) {
		this(reply, replyWithoutSignature, remainder, List.of(), List.of());
	}

	/** Whether the author wrote nothing of their own. */
	public boolean isEmpty() {
		return this.replyWithoutSignature.isBlank();
	}

	/** Why a part of the mail is not in the text to publish. */
	public enum Why {

		/** quoted or forwarded history, with its attribution or header block */
		QUOTE,
		/** a copy of what ECS itself sent */
		NOTIFICATION,
		/** a signature under its delimiter */
		SIGNATURE,
		/** a footer a mail app adds ("Sent from my iPhone") */
		FOOTER

	}

	/** One removed part: why, and its text as it stood in the mail. */
	public record Removed(Why why, String text) {
	}

}
