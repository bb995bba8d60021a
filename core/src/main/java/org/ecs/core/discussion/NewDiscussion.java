package org.ecs.core.discussion;

import java.time.Instant;
import java.util.Set;

public record NewDiscussion(String title, SubjectKind subjectKind, String subjectRef, String description,
		long coordinatorId, Instant opensAt, Instant deadline, ReviewPolicy reviewPolicy, Set<Long> audience) {
}
