package org.ecs.gateways.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Builds the answer to a person whose mail could not be posted (or not whole): why, and
 * what to do instead. It answers their mail (In-Reply-To, References) and is marked
 * {@code Auto-Submitted: auto-replied} so their auto-responders stay quiet. Callers must
 * only use it for mail classified {@link MailKind#HUMAN}. Thread-safe.
 */
public final class RejectionMailComposer {

	/** Why a mail was not posted. */
	public enum Reason {

		UNKNOWN_SENDER, INVALID_TOKEN, EXPIRED_TOKEN, DISCUSSION_CLOSED, MONITORING_CANNOT_POST, EMPTY_REPLY,
		ATTACHMENT_REFUSED

	}

	/**
	 * @param original the mail being answered
	 * @param reason why
	 * @param language the recipient's language, or {@code null} for English
	 * @param discussionTitle the discussion concerned, or {@code null}
	 * @param deadline when it closed, or {@code null}
	 * @param details free text such as the refused file names, or {@code null}
	 */
	public record Rejection(InboundMail original, Reason reason, Locale language, String discussionTitle,
			Instant deadline, List<String> details) {
	}

	private final Session session;

	private final InternetAddress from;

	private final MessageIds ids;

	private final ZoneId zone;

	private final Clock clock;

	public RejectionMailComposer(Session session, InternetAddress from, MessageIds ids, ZoneId zone, Clock clock) {
		this.session = session;
		this.from = from;
		this.ids = ids;
		this.zone = zone;
		this.clock = clock;
	}

	/** Whether answers are written in {@code language} (else they are in English). */
	public static boolean writesIn(Locale language) {
		return MailTemplates.has("rejection", language);
	}

	public MimeMessage compose(Rejection rejection) throws MessagingException {
		InboundMail original = rejection.original();
		if (original.from() == null) {
			throw new MessagingException("the mail to answer has no sender");
		}
		MailTemplates texts = new MailTemplates("rejection", rejection.language(), this.zone);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("subject", original.subject().isBlank() ? "(no subject)" : original.subject());
		values.put("address", original.from().address());
		values.put("discussion", (rejection.discussionTitle() != null) ? rejection.discussionTitle() : "");
		values.put("deadline", (rejection.deadline() != null) ? texts.time(rejection.deadline()) : "");
		values.put("details", (rejection.details() != null) ? String.join(", ", rejection.details()) : "");

		String reason = rejection.reason().name();
		// a stable id lets a retried send be recognised as the same answer
		String messageId = this.ids.answer(original.dedupeKey(), reason);
		MimeMessage message = new NotificationMailComposer.IdentifiedMessage(this.session, messageId);
		message.setFrom(this.from);
		message.setRecipient(Message.RecipientType.TO,
				NotificationMailComposer.address(original.from().address(), original.from().displayName()));
		message.setSubject(texts.text("subject", values), "UTF-8");
		message.setSentDate(Date.from(this.clock.instant()));
		if (original.messageId() != null) {
			String id = "<" + original.messageId() + ">";
			message.setHeader("In-Reply-To", id);
			String references = original.references()
				.stream()
				.map((reference) -> "<" + reference + ">")
				.collect(Collectors.joining(" "));
			message.setHeader("References", references.isEmpty() ? id : references + " " + id);
		}
		message.setHeader("Auto-Submitted", "auto-replied");
		message.setHeader("X-Auto-Response-Suppress", "All");
		message.setHeader("Content-Language", texts.languageTag());
		String body = texts.text("greeting", values) + "\n\n" + texts.text(reason + ".why", values) + "\n\n"
				+ texts.text(reason + ".todo", values) + "\n\n-- \n" + texts.text("closing", values) + "\n";
		message.setText(body, "UTF-8", "plain");
		message.saveChanges();
		return message;
	}

}
