package org.ecs.core.participant;

import java.time.Instant;

/**
 * One password reset link as stored (its secret only as a hash), and the rules that make
 * it good: not used yet, not expired, and the person's newest link (asking again voids
 * the older ones).
 */
record ResetLink(long id, long participantId, Instant expiresAt, Instant usedAt, long newestIdOfPerson) {

	/** Why a link does not work; {@code null} when it does. */
	enum Refusal {

		USED, EXPIRED, VOIDED

	}

	Refusal refusal(Instant now) {
		if (this.usedAt != null) {
			return Refusal.USED;
		}
		if (!now.isBefore(this.expiresAt)) {
			return Refusal.EXPIRED;
		}
		if (this.id != this.newestIdOfPerson) {
			return Refusal.VOIDED;
		}
		return null;
	}

	boolean usable(Instant now) {
		return refusal(now) == null;
	}

}
