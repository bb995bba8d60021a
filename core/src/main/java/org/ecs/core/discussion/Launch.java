package org.ecs.core.discussion;

import java.time.Instant;
import java.util.List;

import org.ecs.core.notice.Addressee;

/**
 * What a participant asks for when launching a discussion.
 *
 * @param coordinatorId who owns it and reviews its input; {@code null} for the launcher
 * when they coordinate
 * @param reviewPolicy {@code null} for the default; only coordinators and the secretariat
 * choose
 * @param audience the people and groups invited to take part
 */
public record Launch(String title, SubjectKind subjectKind, String subjectRef, String description, Long coordinatorId,
		Instant deadline, ReviewPolicy reviewPolicy, List<Addressee> audience) {

	public Launch {
		audience = (audience == null) ? List.of() : List.copyOf(audience);
	}

}
