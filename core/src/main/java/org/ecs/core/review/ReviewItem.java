package org.ecs.core.review;

import java.time.Instant;
import java.util.UUID;

import org.ecs.core.participant.Channel;

/**
 * A contribution waiting in a coordinator's review inbox, with what the console shows of
 * it.
 */
public record ReviewItem(UUID contributionId, Long discussionId, String discussionTitle, Channel channel, Long authorId,
		String authorName, Instant receivedAt, String text, String editedText, ReviewState state, Long claimedBy,
		String claimedByName, Instant createdAt, String factsJson, String originalKey) {

	/** The text that will be published: the coordinator's edit when there is one. */
	public String effectiveText() {
		return this.editedText != null ? this.editedText : this.text;
	}

}
