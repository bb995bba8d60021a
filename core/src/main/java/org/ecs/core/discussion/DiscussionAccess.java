package org.ecs.core.discussion;

import java.time.Instant;
import java.util.Optional;

import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;
import org.springframework.stereotype.Component;

/**
 * Who may read and who may post. Every page and API call asks here, so the rules live in
 * one place.
 */
@Component
public class DiscussionAccess {

	private final Discussions discussions;

	public DiscussionAccess(Discussions discussions) {
		this.discussions = discussions;
	}

	public boolean canRead(Participant p, Discussion d) {
		return p.active()
				&& (p.has(Role.SECRETARIAT) || p.isAdministrator() || this.discussions.isInAudience(d.id(), p.id()));
	}

	/**
	 * Reviews this discussion's input: its coordinator, or secretariat staff and
	 * administrators, who review every discussion.
	 */
	public boolean mayReview(Participant p, Discussion d) {
		return p.active() && p.reviews()
				&& (p.has(Role.SECRETARIAT) || p.isAdministrator() || d.coordinatorId() == p.id());
	}

	/**
	 * Who may look at one contribution by its id: its author; those who review its
	 * discussion (any reviewer while it has no discussion yet, as the review queue shows
	 * it to them); and, once it is published, anyone who may read the discussion.
	 * @param discussionId the contribution's discussion, {@code null} when not known yet
	 * @param authorId its author, {@code null} when not known yet
	 * @param published whether it is a published comment of the discussion
	 */
	public boolean maySeeContribution(Participant p, Long discussionId, Long authorId, boolean published) {
		if (!p.active()) {
			return false;
		}
		if (authorId != null && authorId == p.id()) {
			return true;
		}
		if (discussionId == null) {
			return p.reviews();
		}
		Optional<Discussion> d = this.discussions.findById(discussionId);
		return d.isPresent() && (mayReview(p, d.get()) || (published && canRead(p, d.get())));
	}

	/**
	 * Why this participant may not post input received at this time, or empty when they
	 * may.
	 */
	public Optional<Refusal> refusalToPost(Participant p, Discussion d, Instant receivedAt) {
		if (!canRead(p, d)) {
			return Optional.of(Refusal.NOT_IN_AUDIENCE);
		}
		return refusalToPostReader(p, d, receivedAt);
	}

	/**
	 * {@link #refusalToPost} for a participant {@link #canRead} admitted to the
	 * discussion already in this request: the audience is not looked up again.
	 */
	public Optional<Refusal> refusalToPostReader(Participant p, Discussion d, Instant receivedAt) {
		if (!p.mayPost()) {
			return Optional.of(Refusal.MONITORING_ONLY);
		}
		if (!d.hasOpenedBy(receivedAt)) {
			return Optional.of(Refusal.NOT_YET_OPEN);
		}
		if (!d.acceptsInputReceivedAt(receivedAt)) {
			return Optional.of(Refusal.CLOSED);
		}
		return Optional.empty();
	}

	/** The reasons input is refused, each with the sentence its author reads. */
	public enum Refusal {

		NOT_IN_AUDIENCE("You are not a participant of this discussion."),
		MONITORING_ONLY("Monitoring participants can read discussions but cannot post."),
		NOT_YET_OPEN("This discussion is not open for input yet."),
		CLOSED("This discussion closed to input at its deadline; it stays readable.");

		private final String message;

		Refusal(String message) {
			this.message = message;
		}

		public String message() {
			return this.message;
		}

	}

}
