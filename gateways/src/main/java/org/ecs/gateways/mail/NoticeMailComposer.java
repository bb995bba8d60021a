package org.ecs.gateways.mail;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPMessage;

/**
 * Builds the emails that are not about a comment: the announcement of a new discussion
 * (an invitation to reply, threaded with the discussion's notifications), a message on
 * the notification network (from its sender, not to be answered by replying), and the
 * notice that a contribution was not published (the reason and the author's own text
 * back). Plain text and HTML in the recipient's language; the words people wrote are
 * never translated, only ECS's frame around them. Thread-safe.
 */
public final class NoticeMailComposer {

	public enum Kind {

		ANNOUNCEMENT, MESSAGE, NOT_PUBLISHED

	}

	/**
	 * Everything a notice says.
	 *
	 * @param sender who launched, wrote or decided it
	 * @param subject the message's own subject (MESSAGE)
	 * @param text what the person wrote: the announcement, the message, or the refused
	 * contribution
	 * @param reason why it was not published (NOT_PUBLISHED), else {@code null}
	 * @param discussion the discussion concerned, or {@code null} for a message
	 * @param time when it was sent or decided
	 * @param replyAddress the recipient's reply address for the discussion
	 * (ANNOUNCEMENT), else {@code null}
	 * @param url where to read it in ECS
	 * @param calendar an iTIP message (RFC 5546) the email carries as its
	 * {@code text/calendar} alternative, so calendar apps offer to add, update or cancel
	 * the event; {@code null} for none
	 */
	public record Notice(Kind kind, NotificationMailComposer.Recipient recipient, String sender, String subject,
			String text, String reason, NotificationMailComposer.Discussion discussion, Instant time,
			long notificationId, String replyAddress, String returnPath, String listId, String url,
			String unsubscribeUrl, String calendar) {

		/** A notice without a calendar message. */
		public Notice(Kind kind, NotificationMailComposer.Recipient recipient, String sender, String subject,
				String text, String reason, NotificationMailComposer.Discussion discussion, Instant time,
				long notificationId, String replyAddress, String returnPath, String listId, String url,
				String unsubscribeUrl) {
			this(kind, recipient, sender, subject, text, reason, discussion, time, notificationId, replyAddress,
					returnPath, listId, url, unsubscribeUrl, null);
		}

	}

	private final NotificationMailComposer ids;

	/**
	 * @param ids the composer of comment notifications, whose sender, Message-IDs,
	 * threading and time zone these emails share
	 */
	public NoticeMailComposer(NotificationMailComposer ids) {
		this.ids = ids;
	}

	public MimeMessage compose(Notice notice) throws MessagingException {
		MailTemplates texts = new MailTemplates("notice", notice.recipient().language(), this.ids.zone());
		Map<String, String> values = new HashMap<>();
		values.put("sender", notice.sender());
		values.put("subject", notice.subject());
		values.put("time", texts.time(notice.time()));
		values.put("url", notice.url());
		values.put("reason", notice.reason());
		// a contribution refused before it had a discussion is named after the workspace
		values.put("discussion",
				(notice.discussion() != null) ? notice.discussion().title().strip().replaceAll("\\s+", " ") : "ECS");
		values.put("deadline", (notice.discussion() != null && notice.discussion().deadline() != null)
				? texts.time(notice.discussion().deadline()) : "");
		String prefix = notice.kind().name() + ".";

		SMTPMessage message = this.ids.start(notice.notificationId(), notice.recipient(), notice.replyAddress(),
				notice.returnPath(), "[ECS] " + texts.text(prefix + "subject", values).strip().replaceAll("\\s+", " "));
		if (notice.discussion() != null) {
			this.ids.thread(message, notice.discussion().id(), notice.notificationId(), notice.listId());
		}
		if (notice.unsubscribeUrl() != null) {
			message.setHeader("List-Unsubscribe", "<" + notice.unsubscribeUrl() + ">");
		}
		NotificationMailComposer.alternative(message, texts, plainText(notice, texts, values),
				html(notice, texts, values));
		if (notice.calendar() != null) {
			withCalendar(message, notice.calendar());
		}
		return message;
	}

	/**
	 * Adds the iTIP message as the last alternative ({@code text/calendar; method=...}),
	 * the form Outlook, Thunderbird and Gmail send and recognise as an invitation.
	 */
	private static void withCalendar(MimeMessage message, String calendar) throws MessagingException {
		java.util.regex.Matcher method = java.util.regex.Pattern.compile("(?m)^METHOD:([A-Z]+)\\r?$").matcher(calendar);
		String type = "text/calendar; charset=UTF-8" + (method.find() ? "; method=" + method.group(1) : "");
		try {
			jakarta.mail.internet.MimeMultipart alternative = (jakarta.mail.internet.MimeMultipart) message
				.getContent();
			jakarta.mail.internet.MimeBodyPart part = new jakarta.mail.internet.MimeBodyPart();
			part.setContent(calendar, type);
			part.setHeader("Content-Type", type);
			part.setHeader("Content-Transfer-Encoding", "8bit");
			alternative.addBodyPart(part);
			message.setContent(alternative);
			message.saveChanges();
		}
		catch (java.io.IOException ex) {
			throw new MessagingException("Cannot add the calendar part", ex);
		}
	}

	/** The lines around what the person wrote, in reading order. */
	private record Frame(String top, String before, String after) {
	}

	private static Frame frame(Notice notice, MailTemplates texts, Map<String, String> values) {
		String p = notice.kind().name() + ".";
		return switch (notice.kind()) {
			case ANNOUNCEMENT ->
				new Frame(ReplyTrimmer.REPLY_ABOVE_MARKER + "\n" + texts.text(p + "howToReply", values),
						texts.text(p + "intro", values) + "\n" + values.get("discussion"),
						(values.get("deadline").isEmpty() ? "" : texts.text("deadline", values) + "\n")
								+ texts.text("viewOnline", values));
			case MESSAGE -> new Frame(null, texts.text(p + "intro", values) + "\n" + notice.subject(),
					texts.text(p + "answer", values));
			case NOT_PUBLISHED ->
				new Frame(null, texts.text(p + "intro", values) + "\n" + texts.text(p + "reason", values) + "\n\n"
						+ texts.text(p + "yourText", values), texts.text("viewOnline", values));
		};
	}

	private static String plainText(Notice notice, MailTemplates texts, Map<String, String> values) {
		Frame frame = frame(notice, texts, values);
		StringBuilder text = new StringBuilder();
		if (frame.top() != null) {
			text.append(frame.top()).append("\n\n");
		}
		text.append(frame.before()).append("\n\n");
		text.append(notice.text().strip()).append("\n\n");
		text.append(frame.after()).append('\n');
		if (notice.unsubscribeUrl() != null) {
			text.append(texts.text("unsubscribe", Map.of("url", notice.unsubscribeUrl()))).append('\n');
		}
		return text.toString();
	}

	private static String html(Notice notice, MailTemplates texts, Map<String, String> values) {
		Frame frame = frame(notice, texts, values);
		String dir = texts.rightToLeft() ? "rtl" : "ltr";
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"")
			.append(texts.languageTag())
			.append("\" dir=\"")
			.append(dir)
			.append("\"><head><meta charset=\"UTF-8\"></head>\n<body dir=\"")
			.append(dir)
			.append("\">\n");
		if (frame.top() != null) {
			html.append("<div style=\"color:#888888\">")
				.append(MailTemplates.htmlParagraph(frame.top()))
				.append("</div>\n");
		}
		html.append("<p>")
			.append(MailTemplates.htmlParagraph(frame.before()))
			.append("</p>\n<blockquote style=\"margin:0 0 1em 0;padding:0 1em;border-inline-start:3px solid #cccccc\">")
			.append(MailTemplates.htmlParagraph(notice.text().strip()))
			.append("</blockquote>\n<p>")
			.append(MailTemplates.htmlParagraph(frame.after()))
			.append("</p>\n");
		if (notice.unsubscribeUrl() != null) {
			html.append("<p>")
				.append(MailTemplates.htmlParagraph(texts.text("unsubscribe", Map.of("url", notice.unsubscribeUrl()))))
				.append("</p>\n");
		}
		return html.append("</body></html>\n").toString();
	}

}
