package org.ecs.core.contribution;

/**
 * The port through which every channel hands in a contribution. The routes module
 * implements it with a durable queue: when {@link #submit} returns, the contribution is
 * stored in the broker and will be processed even if this process dies.
 */
public interface ContributionIntake {

	void submit(Contribution contribution);

}
