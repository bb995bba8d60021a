package org.ecs.core.participant;

import java.util.Objects;
import java.util.Optional;

import org.ecs.core.text.Said;

/**
 * Who may do what in the participants database. A national focal point acts for their own
 * State (or observer organisation) only; the secretariat approves, returns, suspends and
 * acts for any affiliation; administrators manage everything, roles included. Each rule
 * answers why not (a sentence pages say in the reader's language), or empty when the
 * actor may.
 */
public final class ParticipantRights {

	private ParticipantRights() {
	}

	static boolean secretariat(Participant actor) {
		return actor.has(Role.SECRETARIAT) || actor.isAdministrator();
	}

	static boolean focalPointOf(Participant actor, String stateCode) {
		return actor.has(Role.FOCAL_POINT) && actor.stateCode() != null && Objects.equals(actor.stateCode(), stateCode);
	}

	/** Nominating someone of this State or organisation. */
	public static Optional<Said> nominate(Participant actor, String stateCode) {
		if (secretariat(actor) || focalPointOf(actor, stateCode)) {
			return Optional.empty();
		}
		return Optional.of(actor.has(Role.FOCAL_POINT)
				? Said.said("problem.rights.nominate-own", "A focal point nominates people of their own State only.")
				: Said.said("problem.rights.nominate",
						"Only a national focal point or the secretariat nominates participants."));
	}

	/** Seeing the nominations of this State (or every State's, with a null code). */
	public static Optional<Said> seeNominations(Participant actor, String stateCode) {
		if (secretariat(actor) || (stateCode != null && focalPointOf(actor, stateCode))) {
			return Optional.empty();
		}
		return Optional.of(Said.said("problem.rights.see-nominations",
				"Only the secretariat and a State's focal point see its nominations."));
	}

	/** Approving a nomination or returning it. */
	public static Optional<Said> decide(Participant actor) {
		return secretariat(actor) ? Optional.empty() : Optional
			.of(Said.said("problem.rights.decide", "Only the secretariat approves or returns nominations."));
	}

	/**
	 * Changing the level of participation, withdrawing, correcting and resubmitting: the
	 * nominating Government (its focal point), the secretariat, administrators.
	 */
	public static Optional<Said> govern(Participant actor, Participant target) {
		if (secretariat(actor) || focalPointOf(actor, target.stateCode())) {
			return Optional.empty();
		}
		return Optional.of(Said.said("problem.rights.govern",
				"Only the focal point of the participant's State or the secretariat may do this."));
	}

	/** Suspending, reinstating, ending participation, inviting again. */
	public static Optional<Said> administer(Participant actor) {
		return secretariat(actor) ? Optional.empty() : Optional.of(Said.said("problem.rights.administer",
				"Only the secretariat suspends, reinstates or re-invites participants."));
	}

	/** Granting and taking away roles. */
	public static Optional<Said> changeRoles(Participant actor) {
		return actor.isAdministrator() ? Optional.empty()
				: Optional.of(Said.said("problem.rights.roles", "Only administrators change roles."));
	}

	/**
	 * Whether the viewer sees the target's contact details (email, fax, phone): their
	 * own, the secretariat and coordinators (who reach people), administrators, and the
	 * focal point of the target's State. Everyone else sees names, States, levels and
	 * expertise only.
	 */
	public static boolean seesContacts(Participant viewer, Participant target) {
		return viewer.id() == target.id() || viewer.reviews() || focalPointOf(viewer, target.stateCode());
	}

	/**
	 * Whether the viewer sees people not (or no longer) taking part: those who govern or
	 * administer them; everyone sees active participants.
	 */
	public static boolean seesInactive(Participant viewer, Participant target) {
		return secretariat(viewer) || focalPointOf(viewer, target.stateCode());
	}

}
