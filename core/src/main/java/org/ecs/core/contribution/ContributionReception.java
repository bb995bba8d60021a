package org.ecs.core.contribution;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.DiscussionAccess;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.review.ApprovedContribution;
import org.ecs.core.review.RejectedContribution;
import org.ecs.core.review.ReviewDecisions;
import org.ecs.core.review.ReviewItems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first stage after intake: stores the contribution, applies the rules (deadline by
 * received-at, who may post) and the discussion's review policy, and hands an automatic
 * approval or rejection to the pipeline through the outbox, all in one transaction. A
 * redelivered contribution finds its outcome stored and does nothing again.
 */
@Service
public class ContributionReception {

	private final Contributions contributions;

	private final Discussions discussions;

	private final ParticipantDirectory participants;

	private final DiscussionAccess access;

	private final ReviewItems reviewItems;

	private final ReviewDecisions decisions;

	public ContributionReception(Contributions contributions, Discussions discussions,
			ParticipantDirectory participants, DiscussionAccess access, ReviewItems reviewItems,
			ReviewDecisions decisions) {
		this.contributions = contributions;
		this.discussions = discussions;
		this.participants = participants;
		this.access = access;
		this.reviewItems = reviewItems;
		this.decisions = decisions;
	}

	/**
	 * Receives a batch in one transaction, in the order given (one discussion's order);
	 * each as {@link #receive}.
	 */
	@Transactional
	public List<ReceptionOutcome> receiveAll(List<Contribution> batch) {
		List<ReceptionOutcome> outcomes = new java.util.ArrayList<>(batch.size());
		for (Contribution c : batch) {
			outcomes.add(receive(c));
		}
		return outcomes;
	}

	@Transactional
	public ReceptionOutcome receive(Contribution c) {
		UUID id = this.contributions.record(c);
		if (!id.equals(c.id())) {
			// the same input arrived before under another id: that one is already on its
			// way
			return new ReceptionOutcome.AlreadyReceived();
		}
		if (this.contributions.find(id).map(ContributionRecord::status).orElseThrow() != ContributionStatus.RECEIVED) {
			// a redelivery: the outcome and its message were committed the first time
			return new ReceptionOutcome.AlreadyReceived();
		}
		Optional<Discussion> discussion = Optional.ofNullable(c.discussionId()).flatMap(this.discussions::findById);
		Optional<Participant> author = Optional.ofNullable(c.authorId()).flatMap(this.participants::findById);
		if (discussion.isEmpty() || author.isEmpty()) {
			// the channel could not tell where or whose it is: a coordinator assigns it
			return review(c);
		}
		Optional<DiscussionAccess.Refusal> refusal = this.access.refusalToPost(author.get(), discussion.get(),
				c.receivedAt());
		if (refusal.isPresent()) {
			String reason = refusal.get().message();
			this.contributions.setStatus(c.id(), ContributionStatus.REJECTED, reason);
			RejectedContribution rejected = new RejectedContribution(c.id(), reason, null);
			this.decisions.rejected(rejected);
			return new ReceptionOutcome.Rejected(rejected);
		}
		if (discussion.get().reviewPolicy().requiresReview(c.channel())) {
			return review(c);
		}
		this.contributions.advance(c.id(), ContributionStatus.APPROVED);
		ApprovedContribution approved = new ApprovedContribution(c.id(), c.discussionId(), c.authorId(), c.channel(),
				c.receivedAt(), c.text(), null, c.loggedBy());
		this.decisions.approved(approved);
		return new ReceptionOutcome.Approved(approved);
	}

	private ReceptionOutcome review(Contribution c) {
		this.reviewItems.open(c.id(), c.discussionId());
		this.contributions.advance(c.id(), ContributionStatus.PENDING_REVIEW);
		return new ReceptionOutcome.Review();
	}

}
