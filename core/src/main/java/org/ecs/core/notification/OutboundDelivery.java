package org.ecs.core.notification;

import org.ecs.core.participant.Channel;

/**
 * The message on {@code ecs.outbound.<channel>}: one notification to one person on one
 * channel.
 */
public record OutboundDelivery(long notificationId, long recipientId, Channel channel) {
}
