package org.ecs.gateways.mail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.angus.mail.smtp.SMTPMessage;

/**
 * Builds the email that tells a participant about a new comment: plain text and HTML in
 * the recipient's language, a Reply-To that carries their reply token, a VERP envelope
 * sender for bounces, and ids that make every client thread a discussion's notifications
 * together. Thread-safe.
 */
public final class NotificationMailComposer {

	/**
	 * Everything a notification says.
	 *
	 * @param recipient who gets it
	 * @param discussion where the comment was made
	 * @param comment the new comment
	 * @param notificationId unique per notification, used in its Message-ID
	 * @param replyAddress the recipient's {@code local+token@domain} Reply-To
	 * @param returnPath the VERP envelope sender, or {@code null} for the From address
	 * @param listId the List-Id value, for example {@code <d-42.ecs.example.org>}, or
	 * {@code null}
	 * @param baseUrl the workspace URL, for example {@code https://ecs.example.org}
	 * @param unsubscribeUrl where to stop these mails, or {@code null}
	 */
	public record Notification(Recipient recipient, Discussion discussion, Comment comment, long notificationId,
			String replyAddress, String returnPath, String listId, String baseUrl, String unsubscribeUrl) {
	}

	public record Recipient(String name, String address, Locale language) {
	}

	/**
	 * @param deadline last moment input is accepted, or {@code null} for none
	 */
	public record Discussion(long id, String title, Instant deadline) {
	}

	public record Comment(String author, String text, Instant postedAt) {
	}

	private final Session session;

	private final InternetAddress from;

	private final MessageIds ids;

	private final ZoneId zone;

	private final Clock clock;

	/**
	 * @param session the mail session messages are created in
	 * @param from the sender shown to recipients
	 * @param ids the Message-IDs of ECS mail
	 * @param zone the time zone dates are shown in (the organisation's)
	 * @param clock the time source for the Date header
	 */
	public NotificationMailComposer(Session session, InternetAddress from, MessageIds ids, ZoneId zone, Clock clock) {
		this.session = session;
		this.from = from;
		this.ids = ids;
		this.zone = zone;
		this.clock = clock;
	}

	/** The organisation's time zone, in which mail shows dates. */
	ZoneId zone() {
		return this.zone;
	}

	/** The Message-ID all notifications of a discussion refer to, with brackets. */
	public String discussionRootId(long discussionId) {
		return this.ids.discussionRoot(discussionId);
	}

	/** The Message-ID of one notification, with brackets. */
	public String notificationMessageId(long notificationId) {
		return this.ids.notification(notificationId);
	}

	/**
	 * The subject, the same for every notification of a discussion so clients group them.
	 */
	public static String subject(String discussionTitle) {
		return "[ECS] " + oneLine(discussionTitle);
	}

	/** Text for a header: every run of white space, line breaks too, one space. */
	static String oneLine(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

	/**
	 * The body of a notification, plain text and HTML: the same for every recipient of
	 * one comment who reads the same language (nothing personal is in it), so a fan-out
	 * renders it once per language and puts each recipient's headers and token around it.
	 *
	 * @param languageTag the language the texts are in
	 */
	public record Body(String plainText, String html, String languageTag) {
	}

	/**
	 * What goes into {@link #body}: everything but the recipient's name and addresses.
	 */
	public record BodyKey(long discussionId, String discussionTitle, Instant deadline, Comment comment, Locale language,
			String baseUrl, String unsubscribeUrl) {

		public static BodyKey of(Notification n) {
			return new BodyKey(n.discussion().id(), n.discussion().title(), n.discussion().deadline(), n.comment(),
					n.recipient().language(), n.baseUrl(), n.unsubscribeUrl());
		}

	}

	public MimeMessage compose(Notification notification) throws MessagingException {
		return compose(notification, body(BodyKey.of(notification)));
	}

	/** The body a notification has; see {@link Body}. */
	public Body body(BodyKey key) {
		MailTemplates texts = new MailTemplates("notification", key.language(), this.zone);
		String discussionUrl = key.baseUrl().replaceAll("/+$", "") + "/discussions/" + key.discussionId();
		Map<String, String> values = Map.of("author", key.comment().author(), "time",
				texts.time(key.comment().postedAt()), "discussion", key.discussionTitle(), "deadline",
				(key.deadline() != null) ? texts.time(key.deadline()) : "", "url", discussionUrl);
		return new Body(plainText(key, texts, values), html(key, texts, values), texts.languageTag());
	}

	/**
	 * The notification's mail around a body rendered before for the same comment and
	 * language.
	 */
	public MimeMessage compose(Notification notification, Body body) throws MessagingException {
		SMTPMessage message = start(notification.notificationId(), notification.recipient(),
				notification.replyAddress(), notification.returnPath(), subject(notification.discussion().title()));
		thread(message, notification.discussion().id(), notification.notificationId(), notification.listId());
		// one line, as in the subject: a line break in a title must not start a header
		message.setHeader("Thread-Topic", encoded(oneLine(notification.discussion().title())));
		message.setHeader("Precedence", "list");
		if (notification.unsubscribeUrl() != null) {
			message.setHeader("List-Unsubscribe", "<" + notification.unsubscribeUrl() + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		alternative(message, body.languageTag(), body.plainText(), body.html());
		return message;
	}

	/**
	 * A notification email as every kind starts: its own Message-ID, from ECS to the
	 * recipient, the Reply-To when replying means something, the VERP envelope sender,
	 * and the headers that keep auto-responders quiet.
	 * @param replyAddress the recipient's reply address, or {@code null} for none
	 * @param returnPath the envelope sender, or {@code null} for the From address
	 */
	SMTPMessage start(long notificationId, Recipient to, String replyAddress, String returnPath, String subject)
			throws MessagingException {
		SMTPMessage message = new IdentifiedMessage(this.session, notificationMessageId(notificationId));
		message.setFrom(this.from);
		message.setRecipient(Message.RecipientType.TO, address(to.address(), to.name()));
		if (replyAddress != null) {
			message.setReplyTo(new InternetAddress[] { new InternetAddress(replyAddress, true) });
		}
		if (returnPath != null) {
			// the envelope sender is where bounces go; the receiving MTA turns it into
			// Return-Path
			message.setEnvelopeFrom(returnPath);
		}
		message.setSubject(subject, "UTF-8");
		message.setSentDate(Date.from(this.clock.instant()));
		message.setHeader("Auto-Submitted", "auto-generated");
		message.setHeader("X-Auto-Response-Suppress", "All");
		return message;
	}

	/** Threads the email with every other one of the discussion in every client. */
	void thread(MimeMessage message, long discussionId, long notificationId, String listId) throws MessagingException {
		String root = discussionRootId(discussionId);
		message.setHeader("In-Reply-To", root);
		message.setHeader("References", root);
		message.setHeader("Thread-Index", threadIndex(discussionId, notificationId));
		if (listId != null) {
			message.setHeader("List-Id", listId);
		}
	}

	/** The body as plain text and HTML alternatives, in the language of the texts. */
	static void alternative(MimeMessage message, MailTemplates texts, String plainText, String htmlText)
			throws MessagingException {
		alternative(message, texts.languageTag(), plainText, htmlText);
	}

	static void alternative(MimeMessage message, String languageTag, String plainText, String htmlText)
			throws MessagingException {
		message.setHeader("Content-Language", languageTag);
		MimeMultipart alternative = new MimeMultipart("alternative");
		MimeBodyPart plain = new MimeBodyPart();
		plain.setText(plainText, "UTF-8", "plain");
		MimeBodyPart html = new MimeBodyPart();
		html.setText(htmlText, "UTF-8", "html");
		alternative.addBodyPart(plain);
		alternative.addBodyPart(html);
		message.setContent(alternative);
		message.saveChanges();
	}

	private static String plainText(BodyKey notification, MailTemplates texts, Map<String, String> values) {
		StringBuilder text = new StringBuilder();
		text.append(ReplyTrimmer.REPLY_ABOVE_MARKER).append('\n');
		text.append(texts.text("replyAbove", values)).append("\n\n");
		text.append(texts.text("intro", values)).append("\n\n");
		text.append(notification.comment().text().strip()).append("\n\n");
		text.append(texts.text((notification.deadline() != null) ? "deadline" : "noDeadline", values)).append('\n');
		text.append(texts.text("howToReply", values)).append('\n');
		text.append(texts.text("viewOnline", values)).append('\n');
		if (notification.unsubscribeUrl() != null) {
			text.append(texts.text("unsubscribe", Map.of("url", notification.unsubscribeUrl()))).append('\n');
		}
		return text.toString();
	}

	private static String html(BodyKey notification, MailTemplates texts, Map<String, String> values) {
		String dir = texts.rightToLeft() ? "rtl" : "ltr";
		String url = MailTemplates.escapeHtml(values.get("url"));
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"")
			.append(texts.languageTag())
			.append("\" dir=\"")
			.append(dir)
			.append("\"><head><meta charset=\"UTF-8\"><title>")
			.append(MailTemplates.escapeHtml(subject(notification.discussionTitle())))
			.append("</title></head>\n<body dir=\"")
			.append(dir)
			.append("\">\n<div style=\"color:#888888\">")
			.append(MailTemplates.escapeHtml(ReplyTrimmer.REPLY_ABOVE_MARKER))
			.append("<br>")
			.append(MailTemplates.escapeHtml(texts.text("replyAbove", values)))
			.append("</div>\n<p>")
			.append(MailTemplates.escapeHtml(texts.text("intro", values)))
			.append("</p>\n<blockquote style=\"margin:0 0 1em 0;padding:0 1em;border-inline-start:3px solid #cccccc\">")
			.append(MailTemplates.htmlParagraph(notification.comment().text().strip()))
			.append("</blockquote>\n<p>")
			.append(MailTemplates
				.escapeHtml(texts.text((notification.deadline() != null) ? "deadline" : "noDeadline", values)))
			.append("<br>")
			.append(MailTemplates.escapeHtml(texts.text("howToReply", values)))
			.append("</p>\n<p><a href=\"")
			.append(url)
			.append("\">")
			.append(MailTemplates.escapeHtml(texts.text("viewOnline", values)))
			.append("</a></p>\n");
		if (notification.unsubscribeUrl() != null) {
			html.append("<p><a href=\"")
				.append(MailTemplates.escapeHtml(notification.unsubscribeUrl()))
				.append("\">")
				.append(MailTemplates.escapeHtml(texts.text("unsubscribe", Map.of("url", "")))
					.replaceAll("[:：]\\s*$", ""))
				.append("</a></p>\n");
		}
		return html.append("</body></html>\n").toString();
	}

	/**
	 * Outlook groups a conversation by the first 22 bytes of Thread-Index (a FILETIME and
	 * a GUID); deriving them from the discussion id keeps every notification in one
	 * conversation, and a 5-byte child block from the notification id tells them apart.
	 */
	static String threadIndex(long discussionId, long notificationId) {
		byte[] root = sha256("ecs-discussion-" + discussionId);
		byte[] child = sha256("ecs-notification-" + notificationId);
		ByteBuffer index = ByteBuffer.allocate(27);
		index.put(root, 0, 22).put(child, 0, 5);
		return Base64.getEncoder().encodeToString(index.array());
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

	private static String encoded(String text) throws MessagingException {
		try {
			return jakarta.mail.internet.MimeUtility.encodeText(text, "UTF-8", null);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new MessagingException("UTF-8 unsupported", ex);
		}
	}

	static InternetAddress address(String address, String name) throws MessagingException {
		try {
			return new InternetAddress(address, name, "UTF-8");
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new MessagingException("UTF-8 unsupported", ex);
		}
	}

	/** Keeps the Message-ID we chose instead of the random one Jakarta Mail would set. */
	static final class IdentifiedMessage extends SMTPMessage {

		private final String messageId;

		IdentifiedMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.messageId);
		}

	}

}
