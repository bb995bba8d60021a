package org.ecs.core.notification;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * One notice to one person. Its source key says what it is about, once per recipient:
 * {@code comment:<id>}, {@code notice:<uuid>} (an announcement or network message),
 * {@code rejected:<contribution uuid>} or {@code edited:<comment id>} (to its author: a
 * coordinator edited it before publishing it); the keys are written and read here only.
 */
public record Notification(long id, long recipientId, String kind, String sourceKey, Long discussionId, String subject,
		String body, Instant createdAt, Instant readAt, Wording wording) {

	/** One stored as text only (what a person wrote, or written before wordings). */
	public Notification(long id, long recipientId, String kind, String sourceKey, Long discussionId, String subject,
			String body, Instant createdAt, Instant readAt) {
		this(id, recipientId, kind, sourceKey, discussionId, subject, body, createdAt, readAt, null);
	}

	/** Its subject and body in this language when ECS wrote it, else as stored. */
	public Wording.Worded worded(org.springframework.context.MessageSource messages, java.util.Locale locale) {
		return (this.wording != null) ? this.wording.in(messages, locale) : new Wording.Worded(this.subject, this.body);
	}

	private static final String COMMENT = "comment:";

	private static final String NOTICE = "notice:";

	private static final String REJECTED = "rejected:";

	private static final String EDITED = "edited:";

	/** The kind of the notice to an author that a coordinator edited their text. */
	public static final String CONTRIBUTION_EDITED = "CONTRIBUTION_EDITED";

	/** The source key of the notifications about a published comment. */
	public static String commentKey(long commentId) {
		return COMMENT + commentId;
	}

	/** The source key of the notifications of an announcement or network message. */
	public static String noticeKey(UUID noticeId) {
		return NOTICE + noticeId;
	}

	/** The source key of the notice that a contribution was not published. */
	public static String rejectedKey(UUID contributionId) {
		return REJECTED + contributionId;
	}

	/** The source key of the notice to its author that a comment was edited. */
	public static String editedKey(long commentId) {
		return EDITED + commentId;
	}

	public boolean unread() {
		return this.readAt == null;
	}

	/** The comment this notification is about, when it is about one. */
	public Optional<Long> commentId() {
		return keyed(COMMENT, Long::valueOf);
	}

	/** The announcement or network message this notification is about, when it is one. */
	public Optional<UUID> noticeId() {
		return keyed(NOTICE, UUID::fromString);
	}

	/** The contribution this notification says was not published, when it says so. */
	public Optional<UUID> rejectedContributionId() {
		return keyed(REJECTED, UUID::fromString);
	}

	/** The comment whose author this notification tells of a coordinator's edits. */
	public Optional<Long> editedCommentId() {
		return keyed(EDITED, Long::valueOf);
	}

	private <T> Optional<T> keyed(String prefix, Function<String, T> parse) {
		if (this.sourceKey == null || !this.sourceKey.startsWith(prefix)) {
			return Optional.empty();
		}
		try {
			return Optional.of(parse.apply(this.sourceKey.substring(prefix.length())));
		}
		catch (IllegalArgumentException ex) {
			// NumberFormatException included
			return Optional.empty();
		}
	}

}
