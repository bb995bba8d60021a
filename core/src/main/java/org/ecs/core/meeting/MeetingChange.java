package org.ecs.core.meeting;

import java.time.Instant;

/** One line of a meeting's history: who changed what, when. */
public record MeetingChange(long meetingId, int sequence, String action, String changes, long changedBy,
		String changedByName, Instant changedAt) {
}
