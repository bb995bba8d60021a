package org.ecs.core.notification;

import java.time.Instant;

import org.ecs.core.participant.Channel;

public record DeliveryRecord(long notificationId, Channel channel, DeliveryStatus status, int attempts,
		String lastError, Instant updatedAt) {
}
