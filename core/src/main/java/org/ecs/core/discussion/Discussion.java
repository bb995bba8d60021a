package org.ecs.core.discussion;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A discussion on a paper, a topic or an agenda item. Input is invited from its opening
 * until its deadline; after the deadline it is closed to input but stays readable by its
 * audience.
 */
public record Discussion(long id, String title, SubjectKind subjectKind, String subjectRef, String description,
		long coordinatorId, Instant opensAt, Instant deadline, ReviewPolicy reviewPolicy) {

	/** Input counts by the time it was received, not the time it was reviewed. */
	public boolean acceptsInputReceivedAt(Instant receivedAt) {
		return hasOpenedBy(receivedAt) && receivedAt.isBefore(this.deadline);
	}

	/**
	 * Whether input received at this time is not early. Mail and fax stamp whole seconds,
	 * so the second the discussion opened in counts whole: a reply to its announcement
	 * within that second is on time.
	 */
	public boolean hasOpenedBy(Instant receivedAt) {
		return !receivedAt.isBefore(this.opensAt.truncatedTo(ChronoUnit.SECONDS));
	}

	public boolean isClosedAt(Instant now) {
		return !now.isBefore(this.deadline);
	}

}
