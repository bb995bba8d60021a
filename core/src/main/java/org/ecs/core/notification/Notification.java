package org.ecs.core.notification;

import java.time.Instant;

public record Notification(long id, long recipientId, String kind, String sourceKey, Long discussionId, String subject,
		String body, Instant createdAt, Instant readAt) {

	private static final String COMMENT = "comment:";

	/** The source key of the notifications about a published comment. */
	public static String commentKey(long commentId) {
		return COMMENT + commentId;
	}

	private static final String NOTICE = "notice:";

	/** The announcement or network message this notification is about, when it is one. */
	public java.util.Optional<java.util.UUID> noticeId() {
		if (this.sourceKey == null || !this.sourceKey.startsWith(NOTICE)) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(java.util.UUID.fromString(this.sourceKey.substring(NOTICE.length())));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
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
