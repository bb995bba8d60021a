package org.ecs.routes.fax;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.ecs.core.comment.Comment;
import org.ecs.core.comment.CommentStore;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.Discussions;
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
import org.ecs.gateways.fax.FaxContent;
import org.ecs.gateways.fax.FaxDocument;
import org.ecs.gateways.fax.FaxOutboundMail;
import org.ecs.gateways.fax.RenderedFax;
import org.ecs.gateways.fax.ReplySheetCode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.ecs.routes.messaging.DeliveryRetries;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The outbound.fax stage: one notification as one fax to one person: a PDF with the
 * discussion and its deadline in every page's header, the comment, announcement or
 * message, and a reply sheet whose signed code names the recipient and the discussion,
 * mailed to the email-to-fax gateway. A delivery already sent, delivered or bounced is
 * not sent again (redelivery after a crash); a failure (no fonts, the gateway
 * unreachable) is recorded and rethrown so the broker retries with back-off, then
 * dead-letters it.
 */
@Component
@ConditionalOnProperty(name = "ecs.fax.enabled", havingValue = "true", matchIfMissing = true)
class FaxNotifier {

	private final Notifications notifications;

	private final ParticipantDirectory participants;

	private final Discussions discussions;

	private final CommentStore comments;

	private final FaxRendering rendering;

	private final FaxOutboundMail outbound;

	private final FaxReplySheetKey key;

	private final JavaMailSender sender;

	private final FaxSettings settings;

	private final Notices notices;

	private final DeliveryRetries retries;

	private final MessageSource messages;

	FaxNotifier(Notifications notifications, ParticipantDirectory participants, Discussions discussions,
			CommentStore comments, FaxRendering rendering, FaxOutboundMail outbound, FaxReplySheetKey key,
			JavaMailSender sender, FaxSettings settings, Notices notices, DeliveryRetries retries,
			MessageSource messages) {
		this.messages = messages;
		this.retries = retries;
		this.notices = notices;
		this.notifications = notifications;
		this.participants = participants;
		this.discussions = discussions;
		this.comments = comments;
		this.rendering = rendering;
		this.outbound = outbound;
		this.key = key;
		this.sender = sender;
		this.settings = settings;
	}

	public void send(OutboundDelivery delivery,
			@org.apache.camel.Header(DeliveryRetries.DELIVERY_COUNT) Integer deliveryCount) throws MessagingException {
		if (!this.notifications.isPending(delivery.notificationId(), Channel.FAX)) {
			return;
		}
		Notification n = this.notifications.find(delivery.notificationId()).orElseThrow();
		Participant to = this.participants.findById(delivery.recipientId()).orElseThrow();
		if (to.faxNumber() == null || to.faxNumber().isBlank()) {
			this.notifications.recordAttempt(n.id(), Channel.FAX, DeliveryStatus.FAILED, "no fax number");
			return;
		}
		try {
			RenderedFax fax = this.rendering.render(document(n, to));
			MimeMessage mail = this.outbound.compose(FaxConfiguration.COMPOSING, to.faxNumber(), fax,
					String.valueOf(n.id()));
			this.sender.send(mail);
		}
		catch (RuntimeException | MessagingException ex) {
			this.retries.failed(n.id(), Channel.FAX, deliveryCount, ex.getMessage());
			throw ex;
		}
		this.notifications.recordAttempt(n.id(), Channel.FAX, DeliveryStatus.SENT, null);
	}

	FaxDocument document(Notification n, Participant to) {
		Optional<Discussion> discussion = Optional.ofNullable(n.discussionId()).flatMap(this.discussions::findById);
		Optional<Comment> comment = n.commentId().flatMap(this.comments::find);
		Optional<Notice> notice = n.noticeId().flatMap(this.notices::find);
		String sender = notice.map(Notice::senderName).orElse(this.settings.organisation());
		// what ECS wrote itself, in the recipient's language; what people wrote as is
		Wording.Worded worded = n.worded(this.messages, (to.language() == null || to.language().isBlank())
				? Locale.ENGLISH : Locale.forLanguageTag(to.language()));
		FaxContent content;
		if (comment.isPresent()) {
			Comment c = comment.get();
			String author = (c.authorState() != null) ? c.authorName() + " (" + c.authorState() + ")" : c.authorName();
			content = new FaxContent.Comment(author, c.receivedAt().atZone(this.settings.zone()), c.text());
		}
		else if (n.kind().equals(NoticeKind.ANNOUNCEMENT.name())) {
			content = new FaxContent.Announcement(worded.subject(), sender, n.createdAt().atZone(this.settings.zone()),
					worded.body());
		}
		else {
			content = new FaxContent.NetworkMessage(sender, n.createdAt().atZone(this.settings.zone()),
					worded.subject(), worded.body());
		}
		long discussionId = discussion.map(Discussion::id).orElse(ReplySheetCode.NO_DISCUSSION);
		return new FaxDocument(discussion.map(Discussion::title).orElse(worded.subject()),
				discussion.map((d) -> d.deadline().atZone(this.settings.zone())), to.displayName(), List.of(content),
				ReplySheetCode.issue(discussionId, to.id(), this.key.bytes()));
	}

}
