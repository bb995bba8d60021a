package org.ecs.core.contribution;

/**
 * The port through which every channel hands in a contribution. The routes module
 * implements it with the outbox: the contribution's message is written in the caller's
 * transaction (or at once outside one) and relayed to a durable queue, so once that
 * transaction commits it will be processed even if this process dies.
 */
public interface ContributionIntake {

	void submit(Contribution contribution);

}
