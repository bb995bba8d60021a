package org.ecs.core.participant;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a participant stands. Only an {@link #ACTIVE} participant signs in and takes
 * part; the database's {@code active} column is generated from the status, so the two
 * never disagree.
 */
public enum ParticipantStatus {

	/** A focal point nominated them; the secretariat has not decided yet. */
	NOMINATED,
	/** The secretariat returned the nomination to the focal point, with a reason. */
	RETURNED,
	/** Approved and invited; they have not set their password yet. */
	APPROVED,
	/** Taking part. */
	ACTIVE,
	/** Stopped for a while by the secretariat; may be reinstated. */
	SUSPENDED,
	/** Withdrawn by their Government (or the secretariat): final. */
	WITHDRAWN,
	/** Their participation (or their invitation) ran out: final. */
	EXPIRED;

	/** The statuses this one may move to. */
	public Set<ParticipantStatus> next() {
		return switch (this) {
			case NOMINATED -> EnumSet.of(APPROVED, RETURNED, WITHDRAWN);
			case RETURNED -> EnumSet.of(NOMINATED, WITHDRAWN);
			case APPROVED -> EnumSet.of(ACTIVE, WITHDRAWN, EXPIRED);
			case ACTIVE -> EnumSet.of(SUSPENDED, WITHDRAWN, EXPIRED);
			case SUSPENDED -> EnumSet.of(ACTIVE, WITHDRAWN, EXPIRED);
			case WITHDRAWN, EXPIRED -> EnumSet.noneOf(ParticipantStatus.class);
		};
	}

	public boolean mayBecome(ParticipantStatus target) {
		return next().contains(target);
	}

	/** Counted against an observer organisation's cap: nominated or taking part. */
	public boolean holdsAPlace() {
		return this != WITHDRAWN && this != EXPIRED;
	}

}
