package org.ecs.core.comment;

import java.util.UUID;

/** The event on {@code ecs.event.committed}: a comment is in the discussion store. */
public record CommittedComment(long commentId, UUID contributionId, long discussionId, long authorId) {
}
