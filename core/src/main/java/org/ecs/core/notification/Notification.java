package org.ecs.core.notification;

import java.time.Instant;

public record Notification(long id, long recipientId, String kind, String sourceKey, Long discussionId, String subject,
		String body, Instant createdAt, Instant readAt) {

	public boolean unread() {
		return this.readAt == null;
	}

}
