package org.ecs.routes.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.DiscussionAccess;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.notification.Notification;
import org.ecs.core.notification.Notifications;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.gateways.mail.ReplyToken;
import org.ecs.gateways.mail.RejectionMailComposer.Reason;
import org.ecs.routes.mail.IntakeMail.Refusal;
import org.ecs.routes.outbound.MailSettings;
import org.springframework.stereotype.Component;

/**
 * Who wrote, about which discussion, and whether they may post there. The reply token
 * (or, without one, the notification the mail answers) names a recipient and a
 * discussion; the mail must come from that recipient's registered address, so a forwarded
 * notification does not let someone else post under their name. The rules are then those
 * of the web: audience, participation level, deadline by received-at.
 */
@Component
class SenderIdentification {

	private final MailTokens tokens;

	private final ParticipantDirectory participants;

	private final Discussions discussions;

	private final DiscussionAccess access;

	private final Notifications notifications;

	private final Pattern notificationId;

	SenderIdentification(MailTokens tokens, ParticipantDirectory participants, Discussions discussions,
			DiscussionAccess access, Notifications notifications, MailSettings settings) {
		this.tokens = tokens;
		this.participants = participants;
		this.discussions = discussions;
		this.access = access;
		this.notifications = notifications;
		this.notificationId = MailTriage.notificationIds(settings.domain());
	}

	/** The recipient and discussion a mail claims to answer. */
	private record Claim(long recipientId, long discussionId) {
	}

	IntakeMail identify(IntakeMail m) {
		String sender = m.sender();
		Optional<Participant> writer = (sender == null) ? Optional.empty() : this.participants.findByEmail(sender);
		Optional<ReplyToken.Verification> token = this.tokens.reply(m.mail().allRecipients());
		Claim claim;
		if (token.isPresent()) {
			ReplyToken.Verification v = token.get();
			if (v.status() == ReplyToken.Status.EXPIRED) {
				return refuse(m, writer, Reason.EXPIRED_TOKEN, "reply token issued " + v.claims().issuedOn());
			}
			if (!v.isValid() || !this.tokens.current(v.claims())) {
				return refuse(m, writer, Reason.INVALID_TOKEN, "reply token "
						+ v.status().name().toLowerCase(Locale.ROOT) + (v.isValid() ? " but revoked" : ""));
			}
			claim = new Claim(v.claims().recipientId(), v.claims().subjectId());
		}
		else {
			Optional<Notification> answered = answeredNotification(m);
			if (answered.isEmpty() || answered.get().discussionId() == null) {
				return refuse(m, writer, writer.isPresent() ? Reason.INVALID_TOKEN : Reason.UNKNOWN_SENDER,
						"no reply token and no notification of ours referenced");
			}
			claim = new Claim(answered.get().recipientId(), answered.get().discussionId());
		}
		Optional<Participant> recipient = this.participants.findById(claim.recipientId());
		if (recipient.isEmpty() || writer.isEmpty() || writer.get().id() != recipient.get().id()) {
			// a forwarded notification: whoever replies is not the person it was sent to
			return refuse(m, writer, writer.isPresent() ? Reason.INVALID_TOKEN : Reason.UNKNOWN_SENDER,
					"sent by " + sender + ", but the notification went to participant " + claim.recipientId());
		}
		Participant author = recipient.get();
		Optional<Discussion> discussion = this.discussions.findById(claim.discussionId());
		if (discussion.isEmpty()) {
			return refuse(m, writer, Reason.INVALID_TOKEN, "discussion " + claim.discussionId() + " is gone");
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

	private IntakeMail refuse(IntakeMail m, Optional<Participant> writer, Reason reason, String detail) {
		return m.identified(writer.orElse(null), null, new Refusal(reason, detail));
	}

	/** Without a token: a notification of ours named in In-Reply-To or References. */
	private Optional<Notification> answeredNotification(IntakeMail m) {
		List<String> ids = new ArrayList<>(m.mail().references());
		if (m.mail().inReplyTo() != null) {
			ids.add(0, m.mail().inReplyTo());
		}
		for (String id : ids) {
			Matcher n = this.notificationId.matcher(id);
			if (n.matches()) {
				Optional<Notification> found = this.notifications.find(Long.parseLong(n.group(1)));
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

}
