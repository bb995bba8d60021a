package org.ecs.core.participant;

import java.util.List;

import org.ecs.core.security.SecurityEvents;
import org.ecs.core.text.Said;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a participant changes about themselves: title, phone, working languages, time
 * zone, and their password (with the current one). Name, State, level, email and fax are
 * their Government's to change, through a new nomination or the secretariat.
 */
@Service
public class AccountSettings {

	/** The fields of a nomination the person changes themselves. */
	private static final List<String> OWN_FIELDS = List.of("title", "phone", "languages", "timeZone");

	private final ParticipantRecords records;

	private final PasswordEncoder passwords;

	private final AccountTrail trail;

	public AccountSettings(ParticipantRecords records, PasswordEncoder passwords, AccountTrail trail) {
		this.records = records;
		this.passwords = passwords;
		this.trail = trail;
	}

	@Transactional
	public ParticipantProfile updateDetails(Participant me, String title, String phone, List<String> languages,
			String timeZone) {
		ParticipantProfile p = this.records.find(me.id())
			.orElseThrow(() -> ParticipantRefusedException.notFound(me.id()));
		Nominee n = new Nominee(p.person().displayName(), title, p.person().email(), p.person().faxNumber(), phone,
				p.person().stateCode(), p.person().level(), p.person().language(), languages, p.expertise(), timeZone,
				null);
		List<Said> problems = n.said()
			.stream()
			.filter((s) -> OWN_FIELDS.stream().anyMatch((field) -> s.english().startsWith(field + ":")))
			.toList();
		if (!problems.isEmpty()) {
			throw ParticipantRefusedException.invalidSaid(problems);
		}
		this.records.updateOwnDetails(me.id(), n.title(), n.phone(), n.languages(), n.timeZone());
		return this.records.find(me.id()).orElseThrow();
	}

	/**
	 * @throws ParticipantRefusedException forbidden when the current password is wrong,
	 * invalid when the new one is not acceptable (the rules' problems first; then that it
	 * is the current one)
	 */
	@Transactional
	public void changePassword(Participant me, String current, String next) {
		ParticipantProfile p = this.records.find(me.id())
			.orElseThrow(() -> ParticipantRefusedException.notFound(me.id()));
		String hash = this.records.passwordHash(me.id()).orElse(null);
		if (hash == null || current == null || !this.passwords.matches(current, hash)) {
			throw ParticipantRefusedException.forbidden(Said.said("problem.account.current-password",
					"currentPassword: that is not your current password."));
		}
		List<String> problems = PasswordRules.problems(me.username(), next);
		if (!problems.isEmpty()) {
			throw ParticipantRefusedException.invalid(problems);
		}
		if (next.equals(current)) {
			throw ParticipantRefusedException.invalidSaid(List.of(Said.said("problem.account.same-password",
					"password: choose a password different from the current one.")));
		}
		this.records.setPasswordHash(me.id(), this.passwords.encode(next));
		this.trail.record(p, "PASSWORD_CHANGED", "password changed in the settings", null,
				SecurityEvents.Kind.PASSWORD_CHANGED);
	}

}
