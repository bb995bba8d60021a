package org.ecs.gateways.mail;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One received mail as the intake needs it, independent of the MIME library that read it.
 *
 * @param dedupeKey the Message-ID, or {@code sha256:<hex>} of the raw bytes when there is
 * none, so that re-polling a mailbox never yields a second contribution
 * @param messageId the Message-ID without angle brackets, or {@code null}
 * @param from the sender, or {@code null} when no address could be read
 * @param to addresses of To
 * @param cc addresses of Cc
 * @param deliveredTo addresses of Delivered-To, X-Original-To and Envelope-To, where the
 * reply token usually survives when a relay rewrites To
 * @param subject decoded subject, empty when missing
 * @param date the Date header, or {@code null} when missing or unreadable
 * @param inReplyTo first id of In-Reply-To without brackets, or {@code null}
 * @param references ids of References, oldest first, without brackets
 * @param text the best plain-text body (converted from HTML when the mail has no text
 * part)
 * @param html the HTML body as sent, or {@code null}
 * @param textFromHtml whether {@link #text} was derived from {@link #html}
 * @param attachments every attachment and inline image, in order
 * @param headers every top-level header, names lower-case, values decoded, in order
 * @param contentType the top-level media type, lower-case, without parameters
 * @param reportParts machine-readable parts of a report (delivery-status, feedback,
 * returned headers), for bounce classification
 * @param problems what was wrong with the mail and how it was worked around
 */
public record InboundMail(String dedupeKey, String messageId, MailAddress from, List<String> to, List<String> cc,
		List<String> deliveredTo, String subject, Instant date, String inReplyTo, List<String> references, String text,
		String html, boolean textFromHtml, List<MailAttachment> attachments, Map<String, List<String>> headers,
		String contentType, List<ReportPart> reportParts, List<String> problems) {

	public InboundMail {
		to = List.copyOf(to);
		cc = List.copyOf(cc);
		deliveredTo = List.copyOf(deliveredTo);
		references = List.copyOf(references);
		attachments = List.copyOf(attachments);
		headers = Map.copyOf(headers);
		reportParts = List.copyOf(reportParts);
		problems = List.copyOf(problems);
	}

	/** The first value of a header (name case-insensitive), or {@code null}. */
	public String header(String name) {
		List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/** Every address this mail was sent to: To, Cc and the envelope headers. */
	public List<String> allRecipients() {
		return java.util.stream.Stream.of(this.to, this.cc, this.deliveredTo).flatMap(List::stream).distinct().toList();
	}

	/** A mailbox with its optional display name. */
	public record MailAddress(String address, String displayName) {

		/** The domain part, lower-case, or an empty string. */
		public String domain() {
			int at = this.address.lastIndexOf('@');
			return (at < 0) ? "" : this.address.substring(at + 1).toLowerCase(Locale.ROOT);
		}

		/** The local part as written. */
		public String localPart() {
			int at = this.address.lastIndexOf('@');
			return (at < 0) ? this.address : this.address.substring(0, at);
		}

	}

	/**
	 * A part that is not the body.
	 *
	 * @param fileName decoded file name, or a generated one when the part has none
	 * @param declaredType the media type the sender declared, lower-case, unchecked
	 * @param content decoded bytes
	 * @param inline whether it is shown inside the body (inline images) rather than
	 * attached
	 * @param contentId the Content-ID without brackets, or {@code null}
	 */
	public record MailAttachment(String fileName, String declaredType, byte[] content, boolean inline,
			String contentId) {

		public int size() {
			return this.content.length;
		}

	}

	/**
	 * A machine-readable part of a multipart/report.
	 *
	 * @param mediaType for example {@code message/delivery-status}
	 * @param content the decoded text of the part
	 */
	public record ReportPart(String mediaType, String content) {
	}

}
