package org.ecs.core.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ecs.core.contribution.ContributionStatus;
import org.ecs.core.contribution.Contributions;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.DiscussionAccess;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.text.InputText;
import org.ecs.core.participant.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinators' review inbox: pending contributions by discussion and age, claim,
 * edit, approve, reject with a reason. A decision is recorded and handed to the pipeline
 * in one transaction, so it is either both stored and queued, or neither.
 */
@Service
public class ReviewInbox {

	public static final int MAX_TEXT = 20_000;

	private final ReviewItems items;

	private final Contributions contributions;

	private final Discussions discussions;

	private final ReviewDecisions decisions;

	private final Clock clock;

	private final DiscussionAccess access;

	private final ParticipantDirectory directory;

	public ReviewInbox(ReviewItems items, Contributions contributions, Discussions discussions,
			ReviewDecisions decisions, Clock clock, DiscussionAccess access, ParticipantDirectory directory) {
		this.items = items;
		this.contributions = contributions;
		this.discussions = discussions;
		this.decisions = decisions;
		this.clock = clock;
		this.access = access;
		this.directory = directory;
	}

	/**
	 * Secretariat staff and administrators see every pending item; coordinators their
	 * own.
	 */
	public List<ReviewItem> pending(Participant reviewer, Long discussionId) {
		requireReviewer(reviewer);
		Long scope = (reviewer.has(Role.SECRETARIAT) || reviewer.isAdministrator()) ? null : reviewer.id();
		return this.items.pending(scope, discussionId);
	}

	public ReviewItem item(Participant reviewer, UUID contributionId) {
		ReviewItem item = this.items.find(contributionId)
			.orElseThrow(() -> new ReviewException(ReviewException.Kind.NOT_FOUND, "No such review item."));
		requireMayDecide(reviewer, item);
		return item;
	}

	@Transactional
	public ReviewItem claim(Participant reviewer, UUID contributionId) {
		item(reviewer, contributionId);
		if (this.items.claim(contributionId, reviewer.id()) == 0) {
			throw new ReviewException(ReviewException.Kind.CONFLICT, "conflict", "This item has already been decided.");
		}
		return this.items.find(contributionId).orElseThrow();
	}

	@Transactional
	public ReviewItem edit(Participant reviewer, UUID contributionId, String text) {
		item(reviewer, contributionId);
		String clean = requireText(text);
		if (this.items.edit(contributionId, clean) == 0) {
			throw new ReviewException(ReviewException.Kind.CONFLICT, "conflict", "This item has already been decided.");
		}
		return this.items.find(contributionId).orElseThrow();
	}

	/**
	 * Sets the discussion and author of input whose channel could not tell them (a fax
	 * without its reply sheet, mail from an unregistered address), while it waits for
	 * review: into a discussion the reviewer reviews, under an author who may post there.
	 */
	@Transactional
	public ReviewItem assign(Participant reviewer, UUID contributionId, Long discussionId, Long authorId) {
		ReviewItem item = item(reviewer, contributionId);
		if (item.state() != ReviewState.PENDING) {
			throw new ReviewException(ReviewException.Kind.CONFLICT,
					"This item has already been decided; its discussion and author can no longer change.");
		}
		if (discussionId == null && authorId == null) {
			throw new ReviewException(ReviewException.Kind.INVALID, "choose", "Choose a discussion or an author.");
		}
		Discussion discussion = null;
		if (discussionId != null) {
			discussion = this.discussions.findById(discussionId)
				.orElseThrow(() -> new ReviewException(ReviewException.Kind.INVALID, "no-discussion",
						"discussionId: there is no discussion " + discussionId + ".", String.valueOf(discussionId)));
			if (!this.access.mayReview(reviewer, discussion)) {
				throw new ReviewException(ReviewException.Kind.FORBIDDEN, "not-coordinator",
						"You do not coordinate the discussion \u201c" + discussion.title()
								+ "\u201d; its coordinator or the secretariat can move input there.",
						discussion.title());
			}
		}
		else if (item.discussionId() != null) {
			discussion = this.discussions.findById(item.discussionId()).orElse(null);
		}
		Participant author = null;
		if (authorId != null) {
			author = this.directory.findById(authorId)
				.orElseThrow(() -> new ReviewException(ReviewException.Kind.INVALID, "no-participant",
						"authorId: there is no participant " + authorId + ".", String.valueOf(authorId)));
		}
		else if (item.authorId() != null) {
			author = this.directory.findById(item.authorId()).orElse(null);
		}
		if (discussion != null && author != null) {
			requireMayAuthor(author, discussion);
		}
		if (this.items.assign(contributionId, discussionId, authorId) == 0) {
			throw new ReviewException(ReviewException.Kind.CONFLICT, "conflict", "This item has already been decided.");
		}
		this.contributions.assign(contributionId, discussionId, authorId);
		return this.items.find(contributionId).orElseThrow();
	}

	/**
	 * Only someone who could have posted in the discussion themselves becomes the author
	 * of input there: invited, active, and a full participant.
	 */
	private void requireMayAuthor(Participant author, Discussion d) {
		if (!author.active() || !this.access.canRead(author, d)) {
			throw new ReviewException(ReviewException.Kind.INVALID, "not-invited",
					author.displayName() + " is not a participant of \u201c" + d.title() + "\u201d.",
					author.displayName(), d.title());
		}
		if (!author.mayPost()) {
			throw new ReviewException(ReviewException.Kind.INVALID, "monitoring",
					author.displayName() + " is a monitoring participant and cannot post.", author.displayName());
		}
	}

	@Transactional
	public void approve(Participant reviewer, UUID contributionId, String editedText) {
		ReviewItem item = item(reviewer, contributionId);
		String text = editedText == null || editedText.isBlank() ? item.effectiveText() : requireText(editedText);
		if (item.discussionId() == null || item.authorId() == null) {
			throw new ReviewException(ReviewException.Kind.INVALID, "assign-first",
					"Assign a discussion and an author before approving.");
		}
		if (this.items.decide(contributionId, ReviewState.APPROVED, reviewer.id(), null,
				Timestamp.from(this.clock.instant())) == 0) {
			throw new ReviewException(ReviewException.Kind.CONFLICT, "conflict", "This item has already been decided.");
		}
		this.items.edit(contributionId, text);
		this.contributions.advance(contributionId, ContributionStatus.APPROVED);
		var c = this.contributions.find(contributionId).orElseThrow();
		Long loggedBy = c.channel() == org.ecs.core.participant.Channel.FAX ? Long.valueOf(reviewer.id())
				: c.loggedBy();
		this.decisions.approved(new ApprovedContribution(contributionId, item.discussionId(), item.authorId(),
				c.channel(), c.receivedAt(), text, reviewer.id(), loggedBy));
	}

	@Transactional
	public void reject(Participant reviewer, UUID contributionId, String reason) {
		item(reviewer, contributionId);
		if (reason == null || reason.isBlank()) {
			throw new ReviewException(ReviewException.Kind.INVALID, "reason-needed",
					"Give the author a reason for the rejection.");
		}
		InputText.said("reason", reason).ifPresent((problem) -> {
			throw new ReviewException(ReviewException.Kind.INVALID, problem);
		});
		if (this.items.decide(contributionId, ReviewState.REJECTED, reviewer.id(), reason.strip(),
				Timestamp.from(this.clock.instant())) == 0) {
			throw new ReviewException(ReviewException.Kind.CONFLICT, "conflict", "This item has already been decided.");
		}
		this.decisions.rejected(new RejectedContribution(contributionId, reason.strip(), reviewer.id()));
	}

	private void requireReviewer(Participant p) {
		if (!p.active() || !p.reviews()) {
			throw new ReviewException(ReviewException.Kind.FORBIDDEN,
					"Only coordinators and secretariat staff review.");
		}
	}

	private void requireMayDecide(Participant p, ReviewItem item) {
		requireReviewer(p);
		if (p.has(Role.SECRETARIAT) || p.isAdministrator() || item.discussionId() == null) {
			return;
		}
		Optional<Discussion> d = this.discussions.findById(item.discussionId());
		if (d.isEmpty() || d.get().coordinatorId() != p.id()) {
			throw new ReviewException(ReviewException.Kind.FORBIDDEN, "not-coordinator-item",
					"You do not coordinate this discussion.");
		}
	}

	private static String requireText(String text) {
		if (text == null || text.isBlank()) {
			throw new ReviewException(ReviewException.Kind.INVALID, "empty-text", "The text cannot be empty.");
		}
		if (text.length() > MAX_TEXT) {
			throw new ReviewException(ReviewException.Kind.INVALID, "too-long",
					"The text is longer than " + MAX_TEXT + " characters.", MAX_TEXT);
		}
		InputText.said("text", text).ifPresent((problem) -> {
			throw new ReviewException(ReviewException.Kind.INVALID, problem);
		});
		return text.strip();
	}

}
