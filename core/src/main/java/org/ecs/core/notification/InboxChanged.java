package org.ecs.core.notification;

/**
 * Published (as a Spring application event) when a person's web inbox gains a
 * notification.
 */
public record InboxChanged(long recipientId, long notificationId) {
}
