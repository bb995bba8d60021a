package org.ecs.core.deadletter;

import java.time.Instant;

/**
 * A message the pipeline gave up on after its redeliveries, kept for an administrator to
 * inspect and replay.
 */
public record DeadLetter(String queue, String messageId, String originalQueue, Instant failedAt, int deliveryCount,
		String body) {
}
