package org.ecs.core.participant;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.ecs.core.notification.Wording;
import org.ecs.core.security.ParticipantCertificates;
import org.ecs.core.security.SecurityEvents;
import org.ecs.core.text.Said;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to someone's participation after the nomination, each effective at once
 * (sign-in reads the status and level on every request) and told to the person: the
 * Government changes the level or withdraws the nomination at any time; the secretariat
 * suspends, reinstates or ends participation; administrators grant and take away roles.
 * Withdrawal, suspension and the end of participation revoke the person's certificates at
 * once (and with them the revocation list the HTTPS connector honours).
 */
@Service
public class ParticipationChanges {

	private final ParticipantRecords records;

	private final Invitations invitations;

	private final AccountTrail trail;

	private final ParticipantCertificates certificates;

	public ParticipationChanges(ParticipantRecords records, Invitations invitations, AccountTrail trail,
			ParticipantCertificates certificates) {
		this.records = records;
		this.invitations = invitations;
		this.trail = trail;
		this.certificates = certificates;
	}

	@Transactional
	public ParticipantProfile changeLevel(Participant actor, long id, Level level) {
		if (level == null) {
			throw ParticipantRefusedException
				.invalidSaid(List.of(Said.said("problem.nominee.level", "level: choose FULL or MONITORING.")));
		}
		ParticipantProfile p = locked(id);
		ParticipantRights.govern(actor, p.person()).ifPresent((why) -> {
			throw ParticipantRefusedException.forbidden(why);
		});
		if (!p.status().holdsAPlace()) {
			throw ParticipantRefusedException.conflict(Said.said(
					"problem.participant.level-fixed", p.person().displayName() + " is "
							+ p.status().name().toLowerCase(Locale.ROOT) + ": the level can no longer change.",
					p.person().displayName()));
		}
		if (p.person().level() == level) {
			return p;
		}
		this.records.setLevel(id, level);
		String change = Nominations.level(p.person().level()) + " → " + Nominations.level(level);
		this.trail.record(p, "LEVEL_CHANGED", "level " + change, actor, SecurityEvents.Kind.LEVEL_CHANGED);
		this.trail.tell(id, actor.id(), "Your level of participation changed",
				"Your level of participation in ECS is now " + Nominations.level(level) + " (it was "
						+ Nominations.level(p.person().level()) + "), as set by " + actor.displayName()
						+ ". It applies from now on."
						+ ((level == Level.MONITORING) ? " You can read everything but no longer post." : ""),
				Wording.of("account.level", Wording.key("notice.account.level." + level.name()),
						Wording.key("notice.account.level." + p.person().level().name()), actor.displayName(),
						(level == Level.MONITORING) ? Wording.key("notice.account.monitoring") : ""));
		return this.records.find(id).orElseThrow();
	}

	/**
	 * The Government withdraws the nomination (or the secretariat does): at once, final;
	 * open invitations stop working and the person is told.
	 */
	@Transactional
	public ParticipantProfile withdraw(Participant actor, long id, String reason) {
		String r = (reason == null || reason.isBlank()) ? null : Nominations.reason(reason);
		ParticipantProfile p = locked(id);
		ParticipantRights.govern(actor, p.person()).ifPresent((why) -> {
			throw ParticipantRefusedException.forbidden(why);
		});
		Nominations.move(p, ParticipantStatus.WITHDRAWN);
		this.records.setStatus(id, ParticipantStatus.WITHDRAWN, r, this.trail.now());
		this.invitations.revokeAll(id);
		this.certificates.revokeAll(id, "nomination withdrawn" + ((r != null) ? ": " + r : ""), actor.id());
		this.trail.record(p, "WITHDRAWN", "withdrawn" + ((r != null) ? ": " + r : ""), actor,
				SecurityEvents.Kind.WITHDRAWN);
		this.trail.tell(id, actor.id(), "Your participation in ECS was withdrawn",
				"Your nomination to the Experts Communication System was withdrawn by " + actor.displayName()
						+ ", with effect from now: your account no longer signs in."
						+ ((r != null) ? "\n\nReason: " + r : ""),
				Wording.of("account.withdrawn", actor.displayName(),
						(r != null) ? Wording.key("notice.account.reason", r) : ""));
		return this.records.find(id).orElseThrow();
	}

	/** The secretariat suspends, reinstates (ACTIVE) or ends (EXPIRED) participation. */
	@Transactional
	public ParticipantProfile setStatus(Participant actor, long id, ParticipantStatus target, String reason) {
		ParticipantRights.administer(actor).ifPresent((why) -> {
			throw ParticipantRefusedException.forbidden(why);
		});
		if (!EnumSet.of(ParticipantStatus.SUSPENDED, ParticipantStatus.ACTIVE, ParticipantStatus.EXPIRED)
			.contains(target)) {
			throw ParticipantRefusedException.invalidSaid(List.of(Said.said("problem.participant.status",
					"status: SUSPENDED, ACTIVE (reinstate) or EXPIRED here; nominations, approvals and "
							+ "withdrawals have their own operations.")));
		}
		String r = (target == ParticipantStatus.ACTIVE && (reason == null || reason.isBlank())) ? null
				: Nominations.reason(reason);
		ParticipantProfile p = locked(id);
		if (target == ParticipantStatus.ACTIVE && p.status() != ParticipantStatus.SUSPENDED) {
			throw ParticipantRefusedException
				.conflict(Said.said("problem.participant.reinstate", "Only a suspended participant is reinstated."));
		}
		if (target == ParticipantStatus.SUSPENDED && actor.id() == id) {
			throw ParticipantRefusedException
				.conflict(Said.said("problem.participant.suspend-self", "You cannot suspend yourself."));
		}
		Nominations.move(p, target);
		this.records.setStatus(id, target, r, this.trail.now());
		if (target != ParticipantStatus.ACTIVE) {
			this.invitations.revokeAll(id);
			// a reinstated person asks for a new certificate
			this.certificates.revokeAll(id,
					"participation " + target.name().toLowerCase(Locale.ROOT) + ((r != null) ? ": " + r : ""),
					actor.id());
		}
		String what = switch (target) {
			case SUSPENDED -> "suspended";
			case ACTIVE -> "reinstated";
			default -> "ended (expired)";
		};
		this.trail.record(p, target.name(), what + ((r != null) ? ": " + r : ""), actor,
				SecurityEvents.Kind.STATUS_CHANGED);
		this.trail.tell(id, actor.id(), "Your ECS account was " + what,
				"Your participation in the Experts Communication System was " + what + " by " + actor.displayName()
						+ ", with effect from now." + ((r != null) ? "\n\nReason: " + r : ""),
				Wording.of("account.status", Wording.key("notice.account.status." + target.name()), actor.displayName(),
						(r != null) ? Wording.key("notice.account.reason", r) : ""));
		return this.records.find(id).orElseThrow();
	}

	/** Administrators grant and take away roles; everyone keeps PARTICIPANT. */
	@Transactional
	public ParticipantProfile changeRoles(Participant actor, long id, Set<Role> roles) {
		ParticipantRights.changeRoles(actor).ifPresent((why) -> {
			throw ParticipantRefusedException.forbidden(why);
		});
		ParticipantProfile p = locked(id);
		Set<Role> wanted = EnumSet.noneOf(Role.class);
		wanted.addAll(roles);
		if (!wanted.contains(Role.ADMINISTRATOR)) {
			wanted.add(Role.PARTICIPANT);
		}
		if (actor.id() == id && !wanted.contains(Role.ADMINISTRATOR)) {
			throw ParticipantRefusedException.conflict(Said.said("problem.participant.admin-self",
					"You cannot take the administrator role from yourself; ask another administrator."));
		}
		if (wanted.contains(Role.FOCAL_POINT) && p.person().stateCode() == null) {
			throw ParticipantRefusedException.invalidSaid(List.of(Said.said("problem.participant.focal-state",
					"roles: a focal point belongs to a State or organisation; this person has none.")));
		}
		Set<Role> before = p.person().roles();
		if (before.equals(wanted)) {
			return p;
		}
		this.records.setRoles(id, wanted);
		this.trail.record(p, "ROLES_CHANGED", "roles " + names(before) + " → " + names(wanted), actor,
				SecurityEvents.Kind.ROLES_CHANGED);
		this.trail.tell(id, actor.id(), "Your roles in ECS changed",
				"Your roles in the Experts Communication System are now: " + names(wanted) + " (were: " + names(before)
						+ "), as set by " + actor.displayName() + ".",
				Wording.of("account.roles", Wording.keys(roleKeys(wanted)), Wording.keys(roleKeys(before)),
						actor.displayName()));
		return this.records.find(id).orElseThrow();
	}

	private ParticipantProfile locked(long id) {
		return this.records.lock(id).orElseThrow(() -> ParticipantRefusedException.notFound(id));
	}

	private static List<String> roleKeys(Set<Role> roles) {
		return roles.stream().sorted().map((r) -> "participants.role." + r.name()).toList();
	}

	private static String names(Set<Role> roles) {
		return roles.stream()
			.sorted()
			.map((r) -> r.name().toLowerCase(Locale.ROOT).replace('_', ' '))
			.collect(Collectors.joining(", "));
	}

}
