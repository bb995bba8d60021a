package org.ecs.core.meeting;

/** A cancelled meeting stays listed, marked cancelled, with its reason. */
public enum MeetingStatus {

	SCHEDULED, POSTPONED, CANCELLED

}
