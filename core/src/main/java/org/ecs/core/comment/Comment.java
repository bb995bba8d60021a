package org.ecs.core.comment;

import java.time.Instant;

import org.ecs.core.participant.Channel;

/**
 * A published comment with its provenance: how it arrived, when, who reviewed it and who
 * logged it on the author's behalf.
 */
public record Comment(long id, long discussionId, long authorId, String authorName, String authorState, String text,
		Channel channel, Instant receivedAt, Long reviewedBy, String reviewedByName, Long loggedBy, String loggedByName,
		Instant publishedAt) {
}
