package org.ecs.core.review;

import java.util.UUID;

/**
 * The message on {@code ecs.contribution.rejected}: the author is told why.
 *
 * @param decidedBy the coordinator, or null when a rule refused it
 */
public record RejectedContribution(UUID contributionId, String reason, Long decidedBy) {
}
