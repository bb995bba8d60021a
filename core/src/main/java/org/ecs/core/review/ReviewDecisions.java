package org.ecs.core.review;

/**
 * The port through which review decisions (and automatic approvals) enter the pipeline.
 * Called inside the transaction that records the decision: the routes module writes the
 * message to the outbox in that transaction, so the decision and its message are kept
 * together or not at all.
 */
public interface ReviewDecisions {

	void approved(ApprovedContribution approved);

	void rejected(RejectedContribution rejected);

}
