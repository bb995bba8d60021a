package org.ecs.routes.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.DiscussionAccess;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.notification.Notification;
import org.ecs.core.notification.Notifications;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.gateways.mail.MessageIds;
import org.ecs.gateways.mail.ReplyToken;
import org.ecs.gateways.mail.SenderAuthentication;
import org.ecs.gateways.mail.RejectionMailComposer.Reason;
import org.ecs.routes.mail.IntakeMail.Refusal;
import org.springframework.stereotype.Component;

/**
 * Who wrote, about which discussion, and whether they may post there. Only the reply
 * token proves who and where: it was sent to one recipient about one discussion, and the
 * mail must come from that recipient's registered address, so a forwarded notification
 * does not let someone else post under their name. The rules are then those of the web:
 * audience, participation level, deadline by received-at.
 * <p>
 * A mail without a token proves nothing, whatever its From says: when it answers a
 * notification of ours (a Message-ID whose MAC verifies) it waits for a coordinator as
 * from an unknown sender, in that notification's discussion, showing the From it claims;
 * otherwise it is answered and kept, never posted.
 * <p>
 * A token can leak (a forwarded notification, a shared mailbox), so the receiving
 * server's verdict on the From counts too: a DMARC failure, or no aligned pass when the
 * operator requires one, holds the mail for review the same way, marked "sender not
 * authenticated".
 */
@Component
class SenderIdentification {

	static final String NO_TOKEN = "no reply token: the sender is not proven";

	static final String NOT_AUTHENTICATED = "sender not authenticated: ";

	private final MailTokens tokens;

	private final ParticipantDirectory participants;

	private final Discussions discussions;

	private final DiscussionAccess access;

	private final Notifications notifications;

	private final MessageIds messageIds;

	private final SenderAuthentication authentication;

	private final boolean requireAuthenticated;

	SenderIdentification(MailTokens tokens, ParticipantDirectory participants, Discussions discussions,
			DiscussionAccess access, Notifications notifications, MessageIds messageIds,
			SenderAuthentication authentication, MailboxSettings mailbox) {
		this.tokens = tokens;
		this.participants = participants;
		this.discussions = discussions;
		this.access = access;
		this.notifications = notifications;
		this.messageIds = messageIds;
		this.authentication = authentication;
		this.requireAuthenticated = mailbox.requireAuthenticatedSender();
	}

	IntakeMail identify(IntakeMail m) {
		String sender = m.sender();
		Optional<Participant> writer = (sender == null) ? Optional.empty() : this.participants.findByEmail(sender);
		Optional<ReplyToken.Verification> token = this.tokens.reply(m.mail().allRecipients());
		if (token.isEmpty()) {
			return withoutToken(m, writer);
		}
		ReplyToken.Verification v = token.get();
		if (v.status() == ReplyToken.Status.EXPIRED) {
			return refuse(m, writer, Reason.EXPIRED_TOKEN, "reply token issued " + v.claims().issuedOn());
		}
		if (!v.isValid() || !this.tokens.current(v.claims())) {
			return refuse(m, writer, Reason.INVALID_TOKEN,
					"reply token " + v.status().name().toLowerCase(Locale.ROOT) + (v.isValid() ? " but revoked" : ""));
		}
		long recipientId = v.claims().recipientId();
		long discussionId = v.claims().subjectId();
		Optional<Participant> recipient = this.participants.findById(recipientId);
		if (recipient.isEmpty() || writer.isEmpty() || writer.get().id() != recipient.get().id()) {
			// a forwarded notification: whoever replies is not the person it was sent to
			return refuse(m, writer, writer.isPresent() ? Reason.INVALID_TOKEN : Reason.UNKNOWN_SENDER,
					"sent by " + sender + ", but the notification went to participant " + recipientId);
		}
		Participant author = recipient.get();
		Optional<Discussion> discussion = this.discussions.findById(discussionId);
		if (discussion.isEmpty()) {
			return refuse(m, writer, Reason.INVALID_TOKEN, "discussion " + discussionId + " is gone");
		}
		SenderAuthentication.Verdict verdict = this.authentication.judge(m.mail());
		if (verdict.result() == SenderAuthentication.Result.FAIL
				|| (this.requireAuthenticated && verdict.result() != SenderAuthentication.Result.PASS)) {
			return m.unproven(discussion.get(), NOT_AUTHENTICATED + verdict.detail());
		}
		Optional<DiscussionAccess.Refusal> refusal = this.access.refusalToPost(author, discussion.get(),
				m.receivedAt());
		if (refusal.isEmpty()) {
			return m.identified(author, discussion.get(), null);
		}
		Reason reason = switch (refusal.get()) {
			case MONITORING_ONLY -> Reason.MONITORING_CANNOT_POST;
			case CLOSED, NOT_YET_OPEN -> Reason.DISCUSSION_CLOSED;
			case NOT_IN_AUDIENCE -> Reason.INVALID_TOKEN;
		};
		return m.identified(author, discussion.get(), new Refusal(reason, refusal.get().message()));
	}

	/**
	 * In-Reply-To and References only thread: they name the discussion a coordinator
	 * looks in, never the author.
	 */
	private IntakeMail withoutToken(IntakeMail m, Optional<Participant> writer) {
		Optional<Discussion> answered = answeredNotification(m).map(Notification::discussionId)
			.flatMap(this.discussions::findById);
		if (answered.isEmpty()) {
			return refuse(m, writer, writer.isPresent() ? Reason.INVALID_TOKEN : Reason.UNKNOWN_SENDER,
					"no reply token and no notification of ours referenced");
		}
		return m.unproven(answered.get(), NO_TOKEN);
	}

	private IntakeMail refuse(IntakeMail m, Optional<Participant> writer, Reason reason, String detail) {
		return m.identified(writer.orElse(null), null, new Refusal(reason, detail));
	}

	/** A notification of ours named in In-Reply-To or References, its MAC verified. */
	private Optional<Notification> answeredNotification(IntakeMail m) {
		List<String> ids = new ArrayList<>(m.mail().references());
		if (m.mail().inReplyTo() != null) {
			ids.add(0, m.mail().inReplyTo());
		}
		for (String id : ids) {
			OptionalLong notification = this.messageIds.notificationOf(id);
			if (notification.isPresent()) {
				Optional<Notification> found = this.notifications.find(notification.getAsLong())
					.filter((n) -> n.discussionId() != null);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

}
