package org.ecs.core.notification;

/**
 * Published (as a Spring application event) when another ECS instance delivered a
 * notification to a person's web inbox: the pages of that person open on this instance
 * are told too. Never broadcast again, unlike {@link InboxChanged}.
 */
public record InboxChangedElsewhere(long recipientId, long notificationId) {
}
