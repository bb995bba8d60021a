package org.ecs.core.notification;

import java.time.Instant;

import org.ecs.core.participant.Channel;

/**
 * One delivery's state.
 *
 * @param nextAttemptAt when a delivery waiting to retry is tried again, else null
 */
public record DeliveryRecord(long notificationId, Channel channel, DeliveryStatus status, int attempts,
		String lastError, Instant updatedAt, Instant nextAttemptAt) {

	public DeliveryRecord(long notificationId, Channel channel, DeliveryStatus status, int attempts, String lastError,
			Instant updatedAt) {
		this(notificationId, channel, status, attempts, lastError, updatedAt, null);
	}

}
