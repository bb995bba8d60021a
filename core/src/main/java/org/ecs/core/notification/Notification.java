package org.ecs.core.notification;

import java.time.Instant;

public record Notification(long id, long recipientId, String kind, String sourceKey, Long discussionId, String subject,
		String body, Instant createdAt, Instant readAt) {

	private static final String COMMENT = "comment:";

	/** The source key of the notifications about a published comment. */
	public static String commentKey(long commentId) {
		return COMMENT + commentId;
	}

	public boolean unread() {
		return this.readAt == null;
	}

	/** The comment this notification is about, when it is about one. */
	public java.util.Optional<Long> commentId() {
		if (this.sourceKey == null || !this.sourceKey.startsWith(COMMENT)) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(Long.parseLong(this.sourceKey.substring(COMMENT.length())));
		}
		catch (NumberFormatException ex) {
			return java.util.Optional.empty();
		}
	}

}
