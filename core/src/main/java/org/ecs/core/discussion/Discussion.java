package org.ecs.core.discussion;

import java.time.Instant;

/**
 * A discussion on a paper, a topic or an agenda item. Input is invited from its opening
 * until its deadline; after the deadline it is closed to input but stays readable by its
 * audience.
 */
public record Discussion(long id, String title, SubjectKind subjectKind, String subjectRef, String description,
		long coordinatorId, Instant opensAt, Instant deadline, ReviewPolicy reviewPolicy) {

	/** Input counts by the time it was received, not the time it was reviewed. */
	public boolean acceptsInputReceivedAt(Instant receivedAt) {
		return !receivedAt.isBefore(this.opensAt) && receivedAt.isBefore(this.deadline);
	}

	public boolean isClosedAt(Instant now) {
		return !now.isBefore(this.deadline);
	}

}
