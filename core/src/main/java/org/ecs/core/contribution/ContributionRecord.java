package org.ecs.core.contribution;

import java.time.Instant;
import java.util.UUID;

import org.ecs.core.participant.Channel;

/** A contribution as its author and coordinators see its progress. */
public record ContributionRecord(UUID id, Channel channel, Long discussionId, Long authorId, Instant receivedAt,
		String text, ContributionStatus status, String reason, String originalKey, String factsJson, Long loggedBy) {
}
