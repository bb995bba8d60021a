package org.ecs.routes.review;

import java.util.ArrayList;
import java.util.List;

import org.ecs.core.contribution.Contribution;
import org.ecs.core.contribution.ContributionReception;
import org.ecs.routes.messaging.BatchedQueue;
import org.ecs.routes.messaging.PipelineCodec;

/**
 * received → rules and review policy → review inbox (in the database), or an automatic
 * approval or rejection, whose message the reception writes to the outbox in the same
 * transaction; a batch of received contributions in one transaction, in queue order.
 */
class ReceptionStage implements BatchedQueue.Handler {

	private final PipelineCodec codec;

	private final ContributionReception reception;

	ReceptionStage(PipelineCodec codec, ContributionReception reception) {
		this.codec = codec;
		this.reception = reception;
	}

	@Override
	public List<BatchedQueue.Outgoing> handle(List<BatchedQueue.Incoming> batch) {
		List<Contribution> received = new ArrayList<>(batch.size());
		for (BatchedQueue.Incoming in : batch) {
			received.add(this.codec.contribution(in.body()));
		}
		this.reception.receiveAll(received);
		return List.of();
	}

}
