package org.ecs.routes.commit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.ecs.core.comment.CommentStore;
import org.ecs.core.comment.CommittedComment;
import org.ecs.core.participant.Channel;
import org.ecs.core.review.ApprovedContribution;
import org.ecs.routes.messaging.BatchedQueue;
import org.ecs.routes.messaging.ContributionLogContext;
import org.ecs.routes.messaging.PipelineCodec;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CommitStageTest {

	static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

	final PipelineCodec codec = new PipelineCodec();

	final CommentStore comments = mock(CommentStore.class);

	final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	final CommitStage stage = new CommitStage(this.codec,
			new IntakeLatency(this.registry, Clock.fixed(NOW, ZoneOffset.UTC)), this.comments);

	@Test
	@SuppressWarnings("unchecked")
	void shouldCommitABatchInQueueOrderAndAnnounceEachCommentOnTheCommittedTopic() {
		ApprovedContribution first = approved(7);
		ApprovedContribution second = approved(7);
		when(this.comments.commitAll(anyList()))
			.thenReturn(List.of(new CommittedComment(11, first.contributionId(), 7, 3),
					new CommittedComment(12, second.contributionId(), 7, 3)));

		List<BatchedQueue.Outgoing> events = this.stage.handle(List.of(incoming(first), incoming(second)));

		ArgumentCaptor<List<ApprovedContribution>> committed = ArgumentCaptor.forClass(List.class);
		verify(this.comments).commitAll(committed.capture());
		assertThat(committed.getValue()).containsExactly(first, second);
		assertThat(events).extracting(BatchedQueue.Outgoing::destination).containsOnly("topic:ecs.event.committed");
		// no message group: fan-out runs in parallel
		assertThat(events).extracting(BatchedQueue.Outgoing::group).containsOnlyNulls();
		assertThat(events.get(1).properties()).containsEntry(ContributionLogContext.HEADER,
				second.contributionId().toString());
		assertThat(this.codec.committed(events.get(1).body()).commentId()).isEqualTo(12);
		assertThat(this.registry.get(IntakeLatency.METER).timer().count()).isEqualTo(2);
	}

	private BatchedQueue.Incoming incoming(ApprovedContribution a) {
		return new BatchedQueue.Incoming(this.codec.write(a), "d-" + a.discussionId(), 1);
	}

	private static ApprovedContribution approved(long discussion) {
		return new ApprovedContribution(UUID.randomUUID(), discussion, 3, Channel.WEB, NOW.minusSeconds(2), "Agreed.",
				null, null);
	}

}
