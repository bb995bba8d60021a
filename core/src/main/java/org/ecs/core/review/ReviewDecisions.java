package org.ecs.core.review;

/**
 * The port through which review decisions (and automatic approvals) enter the pipeline.
 * The routes module implements it with durable queues.
 */
public interface ReviewDecisions {

	void approved(ApprovedContribution approved);

	void rejected(RejectedContribution rejected);

}
