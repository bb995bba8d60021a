package org.ecs.routes.outbound;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.ecs.core.comment.Comment;
import org.ecs.core.comment.CommentStore;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.notification.DeliveryStatus;
import org.ecs.core.notification.Notification;
import org.ecs.core.notification.Notifications;
import org.ecs.core.notification.OutboundDelivery;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.gateways.mail.NotificationMailComposer;
import org.ecs.routes.mail.MailTokens;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * The outbound.email stage: one notification email to one person, in their language, with
 * their own reply address (a token over them and the discussion), a VERP return path
 * naming the notification, and ids that thread a discussion's mail together. A delivery
 * already sent or bounced is not sent again (redelivery after a crash); a failure is
 * recorded and rethrown so the broker retries with back-off, then dead-letters it.
 */
@Component
public class EmailNotifier {

	private static final Session COMPOSING = Session.getInstance(new java.util.Properties());

	private final Notifications notifications;

	private final ParticipantDirectory participants;

	private final Discussions discussions;

	private final CommentStore comments;

	private final NotificationMailComposer composer;

	private final MailTokens tokens;

	private final SmtpConnections smtp;

	private final MailSettings settings;

	EmailNotifier(Notifications notifications, ParticipantDirectory participants, Discussions discussions,
			CommentStore comments, NotificationMailComposer composer, MailTokens tokens, SmtpConnections smtp,
			MailSettings settings) {
		this.notifications = notifications;
		this.participants = participants;
		this.discussions = discussions;
		this.comments = comments;
		this.composer = composer;
		this.tokens = tokens;
		this.smtp = smtp;
		this.settings = settings;
	}

	public void send(OutboundDelivery delivery) throws MessagingException {
		if (!this.notifications.isPending(delivery.notificationId(), Channel.EMAIL)) {
			return;
		}
		Notification n = this.notifications.find(delivery.notificationId()).orElseThrow();
		Participant to = this.participants.findById(delivery.recipientId()).orElseThrow();
		if (to.email() == null) {
			this.notifications.recordAttempt(n.id(), Channel.EMAIL, DeliveryStatus.FAILED, "no email address");
			return;
		}
		MimeMessage message = compose(n, to);
		try {
			this.smtp.send(message);
		}
		catch (MailException ex) {
			this.notifications.recordAttempt(n.id(), Channel.EMAIL, DeliveryStatus.FAILED, ex.getMessage());
			throw ex;
		}
		this.notifications.recordAttempt(n.id(), Channel.EMAIL, DeliveryStatus.SENT, null);
	}

	MimeMessage compose(Notification n, Participant to) throws MessagingException {
		Optional<Discussion> discussion = Optional.ofNullable(n.discussionId()).flatMap(this.discussions::findById);
		Optional<Comment> comment = n.commentId().flatMap(this.comments::find);
		String bounce = this.tokens.bounceAddress(to.id(), n.id());
		if (discussion.isPresent() && comment.isPresent()) {
			Discussion d = discussion.get();
			Comment c = comment.get();
			return this.composer.compose(new NotificationMailComposer.Notification(
					new NotificationMailComposer.Recipient(to.displayName(), to.email(), language(to)),
					new NotificationMailComposer.Discussion(d.id(), d.title(), d.deadline()),
					new NotificationMailComposer.Comment(c.authorName(), c.text(), c.publishedAt()), n.id(),
					this.tokens.replyAddress(to.id(), d.id()), bounce, listId(d.id()), this.settings.baseUrl(),
					this.settings.baseUrl().replaceAll("/+$", "") + "/settings"));
		}
		return plain(n, to, discussion, bounce);
	}

	/**
	 * Notices that are not a comment (a rejected contribution, a message from the
	 * secretariat) keep the core's text, with the same threading and addresses.
	 */
	private MimeMessage plain(Notification n, Participant to, Optional<Discussion> discussion, String bounce)
			throws MessagingException {
		SMTPMessage m = new ThreadedMessage(COMPOSING, this.composer.notificationMessageId(n.id()));
		m.setFrom(this.settings.fromAddress());
		m.setRecipient(Message.RecipientType.TO, new InternetAddress(to.email(), false));
		m.setEnvelopeFrom(bounce);
		m.setSubject(n.subject(), StandardCharsets.UTF_8.name());
		m.setSentDate(new Date());
		StringBuilder body = new StringBuilder(n.body()).append("\n\n");
		if (discussion.isPresent()) {
			Discussion d = discussion.get();
			body.append(this.settings.baseUrl().replaceAll("/+$", ""))
				.append("/discussions/")
				.append(d.id())
				.append('\n');
			m.setReplyTo(new InternetAddress[] { new InternetAddress(this.tokens.replyAddress(to.id(), d.id())) });
			String root = this.composer.discussionRootId(d.id());
			m.setHeader("In-Reply-To", root);
			m.setHeader("References", root);
			m.setHeader("List-Id", listId(d.id()));
		}
		m.setText(body.toString(), StandardCharsets.UTF_8.name());
		m.setHeader("Auto-Submitted", "auto-generated");
		m.setHeader("X-Auto-Response-Suppress", "All");
		m.saveChanges();
		return m;
	}

	private String listId(long discussionId) {
		return "<d-" + discussionId + "." + this.settings.domain() + ">";
	}

	private static Locale language(Participant p) {
		return (p.language() == null || p.language().isBlank()) ? Locale.ENGLISH : Locale.forLanguageTag(p.language());
	}

	/** Keeps the Message-ID that threads the discussion instead of a random one. */
	private static final class ThreadedMessage extends SMTPMessage {

		private final String messageId;

		ThreadedMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.messageId);
		}

	}

}
