package org.ecs.routes.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ecs.core.contribution.Contribution;
import org.ecs.core.contribution.ContributionReception;
import org.ecs.core.participant.Channel;
import org.ecs.routes.messaging.BatchedQueue;
import org.ecs.routes.messaging.PipelineCodec;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class ReceptionStageTest {

	final PipelineCodec codec = new PipelineCodec();

	final ContributionReception reception = mock(ContributionReception.class);

	@Test
	@SuppressWarnings("unchecked")
	void shouldReceiveABatchInOneCallInQueueOrderAndSendNothingItself() {
		Contribution first = contribution("First.");
		Contribution second = contribution("Second.");

		List<BatchedQueue.Outgoing> out = new ReceptionStage(this.codec, this.reception)
			.handle(List.of(incoming(first), incoming(second)));

		ArgumentCaptor<List<Contribution>> received = ArgumentCaptor.forClass(List.class);
		verify(this.reception).receiveAll(received.capture());
		assertThat(received.getValue()).extracting(Contribution::id).containsExactly(first.id(), second.id());
		// decisions go to the outbox in the reception's transaction
		assertThat(out).isEmpty();
	}

	private BatchedQueue.Incoming incoming(Contribution c) {
		return new BatchedQueue.Incoming(this.codec.write(c), "d-5", 1);
	}

	private static Contribution contribution(String text) {
		UUID id = UUID.randomUUID();
		return new Contribution(id, Channel.WEB, 5L, 3L, Instant.parse("2026-12-02T10:00:00Z"), text, null, null,
				Map.of(), "web:" + id, null);
	}

}
