package org.ecs.core.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ecs.core.comment.Comment;
import org.ecs.core.comment.CommentStore;
import org.ecs.core.comment.CommittedComment;
import org.ecs.core.contribution.ContributionStatus;
import org.ecs.core.contribution.Contributions;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.DiscussionAccess.Refusal;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.notice.Notice;
import org.ecs.core.notice.NoticeKind;
import org.ecs.core.notice.Notices;
import org.ecs.core.review.RejectedContribution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns pipeline events into notifications: the discussion's audience times each person's
 * channels. Idempotent on the event, so a redelivered event creates nothing twice.
 */
@Service
public class NotificationFanOut {

	static final int PREVIEW = 4_000;

	private final Notifications notifications;

	private final Discussions discussions;

	private final CommentStore comments;

	private final Contributions contributions;

	private final Notices notices;

	public NotificationFanOut(Notifications notifications, Discussions discussions, CommentStore comments,
			Contributions contributions, Notices notices) {
		this.notifications = notifications;
		this.discussions = discussions;
		this.comments = comments;
		this.contributions = contributions;
		this.notices = notices;
	}

	/** Everyone in the audience but the author hears of a published comment. */
	@Transactional
	public List<OutboundDelivery> commentPublished(CommittedComment event) {
		Discussion d = this.discussions.findById(event.discussionId()).orElseThrow();
		Comment c = this.comments.find(event.commentId()).orElseThrow();
		List<Long> audience = this.discussions.audience(d.id()).stream().filter(id -> id != event.authorId()).toList();
		String subject = "New comment in \"" + d.title() + "\"";
		String body = c.authorName() + " wrote:\n\n" + preview(c.text());
		Wording wording = Wording.of("comment", d.title(), c.authorName()).withTail(preview(c.text()));
		List<OutboundDelivery> deliveries = new ArrayList<>(this.notifications.createForRecipients(audience,
				"COMMENT_PUBLISHED", Notification.commentKey(c.id()), d.id(), subject, body, wording));
		if (c.reviewedBy() != null && this.comments.originalIfEdited(c.id()).isPresent()) {
			deliveries.addAll(editedNotice(d, c));
		}
		return deliveries;
	}

	/**
	 * The author of a comment a coordinator edited before publishing hears of it on their
	 * channels, in their language (the web inbox: the one of the page); the discussion's
	 * page shows them the difference.
	 */
	private List<OutboundDelivery> editedNotice(Discussion d, Comment c) {
		EditNotice notice = EditNotice.in(this.notifications.languageOf(c.authorId()));
		return this.notifications.createForRecipients(List.of(c.authorId()), Notification.CONTRIBUTION_EDITED,
				Notification.editedKey(c.id()), d.id(), notice.subject(d.title()),
				notice.body(c.reviewedByName(), d.title(), preview(c.text())),
				Wording.of("edited", d.title(), c.reviewedByName()).withTail(preview(c.text())));
	}

	/** The author of a rejected contribution is told why, on their channels. */
	@Transactional
	public List<OutboundDelivery> contributionRejected(RejectedContribution event) {
		var c = this.contributions.find(event.contributionId()).orElseThrow();
		this.contributions.setStatus(c.id(), ContributionStatus.REJECTED, event.reason());
		if (c.authorId() == null) {
			return List.of();
		}
		String title = c.discussionId() == null ? "ECS"
				: this.discussions.findById(c.discussionId()).map(Discussion::title).orElse("ECS");
		String subject = "Your contribution to \"" + title + "\" was not published";
		String body = "Reason: " + event.reason() + "\n\nYour text:\n\n" + preview(c.text());
		Wording wording = Wording.of("rejected", title, reason(event.reason())).withTail(preview(c.text()));
		return this.notifications.createForRecipients(List.of(c.authorId()), "CONTRIBUTION_REJECTED",
				Notification.rejectedKey(c.id()), c.discussionId(), subject, body, wording);
	}

	/** ECS's own refusals by their bundle text, a coordinator's words as written. */
	static Object reason(String reason) {
		for (Refusal r : Refusal.values()) {
			if (r.message().equals(reason)) {
				return Wording.key("refusal." + r.name());
			}
		}
		return (reason != null) ? reason : "";
	}

	/**
	 * Everyone an announcement or a network message names hears of it, but its sender;
	 * the notice is marked sent once its notifications exist.
	 */
	@Transactional
	public List<OutboundDelivery> noticePosted(UUID noticeId) {
		Notice n = this.notices.find(noticeId).orElseThrow();
		List<Long> recipients = (n.kind() == NoticeKind.ACCOUNT) ? this.notices.accountHolders(n.addressees())
				: this.notices.resolve(n.addressees(), n.senderId());
		List<OutboundDelivery> deliveries = this.notifications.createForRecipients(recipients, n.kind().name(),
				Notification.noticeKey(n.id()), n.discussionId(), n.subject(), n.body(),
				this.notices.wording(n.id()).orElse(null));
		this.notices.markFannedOut(n.id(), recipients.size());
		return deliveries;
	}

	private static String preview(String text) {
		return text.length() <= PREVIEW ? text : text.substring(0, PREVIEW) + "\n[…]";
	}

}
