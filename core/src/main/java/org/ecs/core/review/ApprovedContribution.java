package org.ecs.core.review;

import java.time.Instant;
import java.util.UUID;

import org.ecs.core.participant.Channel;

/**
 * The message on {@code ecs.contribution.approved}: everything the commit stage needs.
 *
 * @param reviewedBy null when the review policy let it through without review
 */
public record ApprovedContribution(UUID contributionId, long discussionId, long authorId, Channel channel,
		Instant receivedAt, String text, Long reviewedBy, Long loggedBy) {
}
