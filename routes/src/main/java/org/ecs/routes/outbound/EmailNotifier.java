package org.ecs.routes.outbound;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.ecs.core.comment.Comment;
import org.ecs.core.comment.CommentStore;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.contribution.ContributionRecord;
import org.ecs.core.contribution.Contributions;
import org.ecs.core.notice.Notice;
import org.ecs.core.notice.NoticeKind;
import org.ecs.core.notice.Notices;
import org.ecs.core.notification.DeliveryStatus;
import org.ecs.core.notification.Notification;
import org.ecs.core.notification.Notifications;
import org.ecs.core.notification.Wording;
import org.ecs.core.notification.OutboundDelivery;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.gateways.mail.NoticeMailComposer;
import org.ecs.gateways.mail.NotificationMailComposer;
import org.apache.camel.Header;
import org.ecs.routes.mail.MailTokens;
import org.ecs.routes.messaging.DeliveryRetries;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbound.email stage: one notification email to one person, in their language, with
 * their own reply address (a token over them and the discussion), a VERP return path
 * naming the notification, and ids that thread a discussion's mail together. A delivery
 * already sent or bounced is not sent again (redelivery after a crash); a failure is
 * recorded (waiting to retry, or failed on the broker's last attempt) and rethrown so the
 * broker retries with back-off, then dead-letters it.
 */
@Component
public class EmailNotifier {

	private final Notifications notifications;

	private final ParticipantDirectory participants;

	private final Discussions discussions;

	private final CommentStore comments;

	private final NotificationMailComposer composer;

	private final MailTokens tokens;

	private final SmtpConnections smtp;

	private final MailSettings settings;

	private final NoticeMailComposer noticeComposer;

	private final Notices notices;

	private final Contributions contributions;

	private final DeliveryRetries retries;

	private final TransactionTemplate transaction;

	private final MessageSource messages;

	EmailNotifier(Notifications notifications, ParticipantDirectory participants, Discussions discussions,
			CommentStore comments, NotificationMailComposer composer, MailTokens tokens, SmtpConnections smtp,
			MailSettings settings, NoticeMailComposer noticeComposer, Notices notices, Contributions contributions,
			DeliveryRetries retries, PlatformTransactionManager transactions, MessageSource messages) {
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
		this.retries = retries;
		this.noticeComposer = noticeComposer;
		this.notices = notices;
		this.contributions = contributions;
		this.notifications = notifications;
		this.participants = participants;
		this.discussions = discussions;
		this.comments = comments;
		this.composer = composer;
		this.tokens = tokens;
		this.smtp = smtp;
		this.settings = settings;
	}

	public void send(OutboundDelivery delivery, @Header(DeliveryRetries.DELIVERY_COUNT) Integer deliveryCount)
			throws MessagingException {
		sendAll(List.of(delivery), java.util.Collections.singletonList(deliveryCount));
	}

	/**
	 * The outbound.email stage for a batch: what the batch needs read in a few queries
	 * (the notifications still pending, their recipients and reply-token epochs), each
	 * comment's body rendered once per language, each mail sent over a pooled connection,
	 * then every outcome recorded in one transaction. When a send failed, its failure is
	 * recorded (waiting to retry, or failed on the last attempt), the others' outcomes
	 * are kept, and it throws, so the broker redelivers the batch: the mails sent are not
	 * pending any more and are skipped, the failed one is tried again alone, with
	 * back-off.
	 * @param deliveryCounts the broker's delivery count of each
	 */
	public void sendAll(List<OutboundDelivery> deliveries, List<Integer> deliveryCounts) throws MessagingException {
		Map<Long, Notification> pending = this.notifications.pending(
				deliveries.stream().map(OutboundDelivery::notificationId).collect(Collectors.toSet()), Channel.EMAIL);
		Batch batch = new Batch(this.participants
			.findAll(pending.values().stream().map(Notification::recipientId).collect(Collectors.toSet())));
		batch.epochs.putAll(this.tokens.epochs(batch.recipients.keySet()));
		Map<Long, String> sent = new LinkedHashMap<>();
		List<Runnable> outcomes = new ArrayList<>();
		MailException failure = null;
		for (int i = 0; i < deliveries.size(); i++) {
			Notification n = pending.remove(deliveries.get(i).notificationId());
			if (n == null) {
				// sent already (a redelivery), or twice in this batch
				continue;
			}
			Participant to = batch.recipients.get(n.recipientId());
			if (to == null) {
				throw new IllegalStateException("no participant " + n.recipientId() + " for notification " + n.id());
			}
			if (to.email() == null) {
				outcomes.add(() -> this.notifications.recordAttempt(n.id(), Channel.EMAIL, DeliveryStatus.FAILED,
						"no email address"));
				continue;
			}
			Composed mail = compose(n, to, batch);
			try {
				this.smtp.send(mail.message());
			}
			catch (MailException ex) {
				Integer count = deliveryCounts.get(i);
				outcomes.add(() -> this.retries.failed(n.id(), Channel.EMAIL, count, ex.getMessage()));
				failure = (failure != null) ? failure : ex;
				continue;
			}
			// what a reply may quote back, to tell it from what its author wrote
			sent.put(n.id(), mail.plainText());
		}
		this.transaction.executeWithoutResult((status) -> {
			outcomes.forEach(Runnable::run);
			this.notifications.recordSent(Channel.EMAIL, sent);
		});
		if (failure != null) {
			throw failure;
		}
	}

	/** A mail and the plain text it carries (null: none). */
	record Composed(MimeMessage message, String plainText) {
	}

	/**
	 * What the mails of one batch share, read once: recipients, epochs, discussions,
	 * comments and the bodies rendered per comment and language.
	 */
	static final class Batch {

		final Map<Long, Participant> recipients;

		final Map<Long, Long> epochs = new HashMap<>();

		final Map<Long, Optional<Discussion>> discussions = new HashMap<>();

		final Map<Long, Optional<Comment>> comments = new HashMap<>();

		final Map<NotificationMailComposer.BodyKey, NotificationMailComposer.Body> bodies = new HashMap<>();

		Batch(Map<Long, Participant> recipients) {
			this.recipients = recipients;
		}

	}

	/** The text/plain part of a composed mail, or null. */
	static String plainText(jakarta.mail.Part part) {
		try {
			if (part.isMimeType("text/plain")) {
				return part.getContent().toString();
			}
			if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					String text = plainText(multipart.getBodyPart(i));
					if (text != null) {
						return text;
					}
				}
			}
			return null;
		}
		catch (MessagingException | java.io.IOException ex) {
			return null;
		}
	}

	Composed compose(Notification n, Participant to, Batch batch) throws MessagingException {
		Optional<Discussion> discussion = (n.discussionId() == null) ? Optional.empty()
				: batch.discussions.computeIfAbsent(n.discussionId(), this.discussions::findById);
		Optional<Comment> comment = n.commentId()
			.flatMap((id) -> batch.comments.computeIfAbsent(id, this.comments::find));
		long epoch = batch.epochs.getOrDefault(to.id(), 0L);
		String bounce = this.tokens.bounceAddress(to.id(), n.id(), epoch);
		if (discussion.isPresent() && comment.isPresent()) {
			Discussion d = discussion.get();
			Comment c = comment.get();
			NotificationMailComposer.Notification mail = new NotificationMailComposer.Notification(recipient(to),
					about(d), new NotificationMailComposer.Comment(c.authorName(), c.text(), c.publishedAt()), n.id(),
					this.tokens.replyAddress(to.id(), d.id(), epoch), bounce, listId(d.id()), this.settings.baseUrl(),
					base() + "/settings");
			NotificationMailComposer.Body body = batch.bodies.computeIfAbsent(NotificationMailComposer.BodyKey.of(mail),
					this.composer::body);
			return new Composed(this.composer.compose(mail, body), body.plainText());
		}
		MimeMessage message = notice(n, to, discussion, bounce, epoch);
		return new Composed(message, plainText(message));
	}

	/**
	 * Announcements, network messages and refusals: ECS's frame in the recipient's
	 * language around the words people wrote, with the same threading and addresses.
	 */
	private MimeMessage notice(Notification n, Participant to, Optional<Discussion> discussion, String bounce,
			long epoch) throws MessagingException {
		Optional<Notice> notice = n.noticeId().flatMap(this.notices::find);
		Optional<ContributionRecord> refused = n.rejectedContributionId().flatMap(this.contributions::find);
		NoticeMailComposer.Kind kind = NoticeMailComposer.Kind.MESSAGE;
		String sender = notice.map(Notice::senderName).orElseGet(this::organisation);
		// what ECS wrote itself, in the recipient's language; what people wrote as is
		Wording.Worded worded = n.worded(this.messages, language(to));
		String text = worded.body();
		String reason = null;
		String replyAddress = null;
		String url = discussion.map((d) -> base() + "/discussions/" + d.id()).orElse(base() + "/inbox");
		if (notice.isPresent() && notice.get().kind() == NoticeKind.ANNOUNCEMENT && discussion.isPresent()) {
			kind = NoticeMailComposer.Kind.ANNOUNCEMENT;
			text = discussion.get().description().isBlank() ? worded.subject() : discussion.get().description();
			replyAddress = this.tokens.replyAddress(to.id(), discussion.get().id(), epoch);
		}
		else if (notice.isPresent()) {
			url = base() + "/messages/new?to=person:" + notice.get().senderId();
		}
		else if (refused.isPresent()) {
			kind = NoticeMailComposer.Kind.NOT_PUBLISHED;
			text = refused.get().text();
			reason = (n.wording() != null && "rejected".equals(n.wording().key()))
					? n.wording().arg(1, this.messages, language(to)) : refused.get().reason();
		}
		return this.noticeComposer.compose(new NoticeMailComposer.Notice(kind, recipient(to), sender, worded.subject(),
				text, reason, discussion.map(EmailNotifier::about).orElse(null), n.createdAt(), n.id(), replyAddress,
				bounce, discussion.map((d) -> listId(d.id())).orElse(null), url, base() + "/settings",
				notice.flatMap((x) -> this.notices.calendar(x.id())).orElse(null)));
	}

	/** The name ECS sends under, for notices nobody in particular wrote. */
	private String organisation() {
		String name = this.settings.fromAddress().getPersonal();
		return (name == null || name.isBlank()) ? "ECS" : name;
	}

	private String base() {
		return this.settings.baseUrl().replaceAll("/+$", "");
	}

	private static NotificationMailComposer.Recipient recipient(Participant to) {
		return new NotificationMailComposer.Recipient(to.displayName(), to.email(), language(to));
	}

	private static NotificationMailComposer.Discussion about(Discussion d) {
		return new NotificationMailComposer.Discussion(d.id(), d.title(), d.deadline());
	}

	private String listId(long discussionId) {
		return "<d-" + discussionId + "." + this.settings.domain() + ">";
	}

	private static Locale language(Participant p) {
		return (p.language() == null || p.language().isBlank()) ? Locale.ENGLISH : Locale.forLanguageTag(p.language());
	}

}
