package org.ecs.routes.commit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ecs.core.comment.CommentStore;
import org.ecs.core.comment.CommittedComment;
import org.ecs.core.outbox.Outbox;
import org.ecs.core.review.ApprovedContribution;
import org.ecs.routes.messaging.BatchedQueue;
import org.ecs.routes.messaging.ContributionLogContext;
import org.ecs.routes.messaging.PipelineCodec;
import org.ecs.routes.messaging.Queues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * approved → comments in the discussion store (idempotent, a batch in one transaction) →
 * a committed event for every listener on {@code ecs.event.committed}, each carrying its
 * contribution's id ({@link ContributionLogContext#HEADER}) and no message group: the
 * discussion's group orders commits only, fan-out and deliveries run in parallel.
 */
class CommitStage implements BatchedQueue.Handler {

	private static final Logger log = LoggerFactory.getLogger(CommitStage.class);

	private final PipelineCodec codec;

	private final IntakeLatency latency;

	private final CommentStore comments;

	CommitStage(PipelineCodec codec, IntakeLatency latency, CommentStore comments) {
		this.codec = codec;
		this.latency = latency;
		this.comments = comments;
	}

	@Override
	public List<BatchedQueue.Outgoing> handle(List<BatchedQueue.Incoming> batch) {
		List<ApprovedContribution> approved = new ArrayList<>(batch.size());
		for (BatchedQueue.Incoming in : batch) {
			approved.add(this.codec.approved(in.body()));
		}
		List<CommittedComment> committed = this.comments.commitAll(approved);
		List<BatchedQueue.Outgoing> events = new ArrayList<>(committed.size());
		for (int i = 0; i < committed.size(); i++) {
			CommittedComment c = committed.get(i);
			String contribution = c.contributionId().toString();
			MDC.put(ContributionLogContext.MDC_KEY, contribution);
			this.latency.observe(approved.get(i));
			// one line per contribution reaching the store: with its contribution_id
			// (the logging context), a contribution's path can be followed across
			// instances
			log.info("Committed as comment {} in discussion {}", c.commentId(), c.discussionId());
			events.add(new BatchedQueue.Outgoing(Outbox.topic(Queues.COMMITTED), this.codec.write(c), null,
					Map.of(ContributionLogContext.HEADER, contribution)));
		}
		MDC.remove(ContributionLogContext.MDC_KEY);
		return events;
	}

}
