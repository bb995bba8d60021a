package org.ecs.core.notice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An announcement or a network message, as sent.
 *
 * @param id minted when it is written; the notifications it fans out to are keyed on it
 * @param discussionId the discussion it announces, or {@code null} for a message
 * @param fannedOutAt when its notifications were created, or {@code null} while pending
 * @param recipients how many people it reached, once fanned out
 */
public record Notice(UUID id, NoticeKind kind, long senderId, String senderName, Long discussionId, String subject,
		String body, List<Addressee> addressees, Instant createdAt, Instant fannedOutAt, Integer recipients) {

	public Notice {
		addressees = List.copyOf(addressees);
	}

}
