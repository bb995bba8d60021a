package org.ecs.core.participant;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.text.Normalizer;

import org.ecs.core.notification.Wording;
import org.ecs.core.security.SecurityEvents;
import org.ecs.core.text.Said;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nomination and approval: a focal point nominates people of their own State (one by one
 * or a CSV of many), the secretariat approves (and the person is invited by an email link
 * or a faxed code) or returns the nomination with a reason, and the invited person sets a
 * password, which makes the account active. Observer organisations hold at most their cap
 * of places, counted under a lock on the organisation so two nominations at once cannot
 * both take the last place.
 */
@Service
public class Nominations {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	public static final int MAX_REASON = 2_000;

	private final ParticipantRecords records;

	private final Invitations invitations;

	private final AccountTrail trail;

	private final PasswordEncoder passwords;

	private final Duration invitationValidity;

	private final TransactionTemplate ownTransaction;

	public Nominations(ParticipantRecords records, Invitations invitations, AccountTrail trail,
			PasswordEncoder passwords, PlatformTransactionManager transactions,
			@Value("${ecs.participants.invitation-validity:P14D}") Duration invitationValidity) {
		this.records = records;
		this.invitations = invitations;
		this.trail = trail;
		this.passwords = passwords;
		this.invitationValidity = invitationValidity;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Nominates one person (of the actor's own State unless the nominee names one).
	 * @throws ParticipantRefusedException forbidden for rights, invalid for the input,
	 * conflict when the person is in the database already or an observer cap is reached
	 */
	@Transactional
	public ParticipantProfile nominate(Participant actor, Nominee input) {
		Nominee n = (input.stateCode() == null) ? input.withState(actor.stateCode()) : input;
		if (n.stateCode() == null) {
			throw ParticipantRefusedException.invalidSaid(
					List.of(Said.said("problem.nominee.state", "state: say which State or organisation nominates.")));
		}
		ParticipantRights.nominate(actor, n.stateCode()).ifPresent((why) -> {
			throw ParticipantRefusedException.forbidden(why);
		});
		List<Said> problems = n.said();
		if (!problems.isEmpty()) {
			throw ParticipantRefusedException.invalidSaid(problems);
		}
		var affiliation = this.records.lockAffiliation(n.stateCode())
			.orElseThrow(
					() -> ParticipantRefusedException.invalidSaid(List.of(Said.said("problem.nominee.state-unknown",
							"state: there is no State or organisation " + n.stateCode() + ".", n.stateCode()))));
		if (n.email() != null) {
			Optional<ParticipantStatus> existing = this.records.statusOfEmail(n.email());
			if (existing.isPresent()) {
				throw ParticipantRefusedException.conflict(Said.said("problem.participant.email-known",
						"email: " + n.email() + " is already in the database ("
								+ existing.get().name().toLowerCase(Locale.ROOT) + ").",
						n.email()));
			}
		}
		if (n.username() != null && this.records.usernameTaken(n.username())) {
			throw ParticipantRefusedException.conflict(Said.said("problem.participant.username-taken",
					"username: " + n.username() + " is taken.", n.username()));
		}
		checkCap(affiliation, 0);
		String username = (n.username() != null) ? n.username() : freeUsername(n);
		String authority = affiliation.name() + " — " + actor.displayName();
		long id = this.records.insertNominee(n, username, n.channels(), actor.id(), authority, this.trail.now());
		ParticipantProfile p = this.records.find(id).orElseThrow();
		this.trail.record(p, "NOMINATED", "nominated as " + level(n.level()) + " participant of " + affiliation.name(),
				actor, SecurityEvents.Kind.NOMINATED);
		return p;
	}

	/**
	 * Nominates everyone of a CSV, each row on its own: a row refused leaves the others
	 * standing, and the report says of each row whether it was taken or why not.
	 */
	public List<NominationCsv.RowOutcome> nominateAll(Participant actor, List<NominationCsv.Row> rows) {
		List<NominationCsv.RowOutcome> outcomes = new ArrayList<>();
		for (NominationCsv.Row row : rows) {
			if (!row.problems().isEmpty()) {
				outcomes.add(NominationCsv.RowOutcome.refused(row, String.join(" ", row.problems()), row.said()));
				continue;
			}
			try {
				ParticipantProfile p = this.ownTransaction.execute((status) -> nominate(actor, row.nominee()));
				outcomes.add(NominationCsv.RowOutcome.accepted(row, p));
			}
			catch (ParticipantRefusedException ex) {
				outcomes.add(NominationCsv.RowOutcome.refused(row, ex.getMessage(), ex.said()));
			}
		}
		return outcomes;
	}

	/**
	 * The secretariat approves a nomination: the person is invited by an email link (or,
	 * with {@code Channel.FAX} or when they have no email address, a faxed code), and the
	 * focal point hears of it.
	 */
	@Transactional
	public ParticipantProfile approve(Participant actor, long id, Channel invitation) {
		ParticipantRights.decide(actor).ifPresent((why) -> {
			throw ParticipantRefusedException.forbidden(why);
		});
		ParticipantProfile p = locked(id);
		move(p, ParticipantStatus.APPROVED);
		if (p.isObserver()) {
			checkCap(this.records.lockAffiliation(p.person().stateCode()).orElseThrow(), 1);
		}
		this.records.setStatus(id, ParticipantStatus.APPROVED, null, this.trail.now());
		this.records.setApproved(id, actor.id(), this.trail.now());
		this.trail.record(p, "APPROVED", "nomination approved", actor, SecurityEvents.Kind.NOMINATION_APPROVED);
		invite(actor, this.records.find(id).orElseThrow(), invitation);
		if (p.nominatedById() != null && p.nominatedById() != actor.id()) {
			this.trail.tell(p.nominatedById(), actor.id(), "Nomination approved: " + p.person().displayName(),
					"The secretariat approved your nomination of " + p.person().displayName()
							+ ". They have been invited to set their password.",
					Wording.of("nomination.approved", p.person().displayName()));
		}
		return this.records.find(id).orElseThrow();
	}

	/** The secretariat sends a nomination back to its focal point, saying why. */
	@Transactional
	public ParticipantProfile giveBack(Participant actor, long id, String reason) {
		ParticipantRights.decide(actor).ifPresent((why) -> {
			throw ParticipantRefusedException.forbidden(why);
		});
		String r = reason(reason);
		ParticipantProfile p = locked(id);
		move(p, ParticipantStatus.RETURNED);
		this.records.setStatus(id, ParticipantStatus.RETURNED, r, this.trail.now());
		this.trail.record(p, "RETURNED", "returned: " + r, actor, SecurityEvents.Kind.NOMINATION_RETURNED);
		if (p.nominatedById() != null) {
			this.trail.tell(p.nominatedById(), actor.id(), "Nomination returned: " + p.person().displayName(),
					"The secretariat returned your nomination of " + p.person().displayName() + ".\n\nReason: " + r
							+ "\n\nCorrect it and send it again at " + this.trail.baseUrl() + "/nominations/" + id,
					Wording.of("nomination.returned", p.person().displayName(), r,
							this.trail.baseUrl() + "/nominations/" + id));
		}
		return this.records.find(id).orElseThrow();
	}

	/** The focal point corrects a returned nomination and sends it again. */
	@Transactional
	public ParticipantProfile resubmit(Participant actor, long id, Nominee input) {
		ParticipantProfile p = locked(id);
		ParticipantRights.govern(actor, p.person()).ifPresent((why) -> {
			throw ParticipantRefusedException.forbidden(why);
		});
		move(p, ParticipantStatus.NOMINATED);
		Nominee n = input.withState(p.person().stateCode());
		List<Said> problems = n.said();
		if (!problems.isEmpty()) {
			throw ParticipantRefusedException.invalidSaid(problems);
		}
		if (n.email() != null && !n.email().equalsIgnoreCase(String.valueOf(p.person().email()))
				&& this.records.statusOfEmail(n.email()).isPresent()) {
			throw ParticipantRefusedException.conflict(Said.said("problem.participant.email-known",
					"email: " + n.email() + " is already in the database.", n.email()));
		}
		this.records.updateNominee(id, n, n.channels());
		this.records.setStatus(id, ParticipantStatus.NOMINATED, null, this.trail.now());
		this.trail.record(p, "RESUBMITTED", "corrected and sent again", actor,
				SecurityEvents.Kind.NOMINATION_RESUBMITTED);
		return this.records.find(id).orElseThrow();
	}

	/** The secretariat invites an approved person again (the last invitation expired). */
	@Transactional
	public ParticipantProfile reinvite(Participant actor, long id, Channel channel) {
		ParticipantRights.administer(actor).ifPresent((why) -> {
			throw ParticipantRefusedException.forbidden(why);
		});
		ParticipantProfile p = locked(id);
		if (p.status() != ParticipantStatus.APPROVED) {
			throw ParticipantRefusedException.conflict(Said.said("problem.participant.reinvite",
					"Only an approved person who has not set a password yet can be invited again."));
		}
		invite(actor, p, channel);
		return p;
	}

	/**
	 * The person an invitation link or code is for, while it is good; with a faxed code
	 * the username typed must be theirs too.
	 */
	public Optional<ParticipantProfile> invitee(String secret, String username) {
		Optional<ParticipantProfile> p = this.invitations.invitee(secret, this.trail.now()).flatMap(this.records::find);
		return (username == null) ? p
				: p.filter((found) -> found.person().username().equalsIgnoreCase(username.strip()));
	}

	/**
	 * The invited person sets their password: the invitation is used up and the account
	 * becomes active.
	 * @throws ParticipantRefusedException conflict when the invitation is not (or no
	 * longer) good, invalid when the password is not acceptable
	 */
	@Transactional
	public ParticipantProfile acceptInvitation(String secret, String username, String password) {
		ParticipantProfile invited = invitee(secret, username)
			.orElseThrow(() -> ParticipantRefusedException.conflict(Said.said("problem.invitation.not-valid",
					"This invitation is not valid: it was used, it expired, or it was withdrawn.")));
		List<String> problems = PasswordRules.problems(invited.person().username(), password);
		if (!problems.isEmpty()) {
			throw ParticipantRefusedException.invalid(problems);
		}
		long id = this.invitations.consume(secret, this.trail.now())
			.filter((found) -> found == invited.id())
			.orElseThrow(() -> ParticipantRefusedException
				.conflict(Said.said("problem.invitation.used", "This invitation was used a moment ago.")));
		this.invitations.forgetSecrets(id);
		ParticipantProfile p = locked(id);
		move(p, ParticipantStatus.ACTIVE);
		this.records.setPasswordHash(id, this.passwords.encode(password));
		this.records.setStatus(id, ParticipantStatus.ACTIVE, null, this.trail.now());
		this.trail.record(p, "PASSWORD_SET", "password set from the invitation; account active", null,
				SecurityEvents.Kind.PASSWORD_SET);
		return this.records.find(id).orElseThrow();
	}

	private void invite(Participant actor, ParticipantProfile p, Channel requested) {
		Channel channel = (requested == Channel.FAX || p.person().email() == null) ? Channel.FAX : Channel.EMAIL;
		if (channel == Channel.FAX && p.person().faxNumber() == null) {
			throw ParticipantRefusedException.invalidSaid(List
				.of(Said.said("problem.invitation.no-fax", "invitation: there is no fax number to fax a code to.")));
		}
		Instant expires = this.trail.now().plus(this.invitationValidity);
		String secret = this.invitations.issue(p.id(), channel, actor.id(), expires);
		String base = this.trail.baseUrl();
		String whom = p.person().displayName();
		String opening = "Dear " + whom
				+ ",\n\nYour Government's nomination of you to the Experts Communication System " + "was approved ("
				+ level(p.person().level()) + " participant, " + p.stateName() + ").\n\n";
		String closing = "\n\nThen install your certificate at " + base + "/settings/certificate.";
		String body = (channel == Channel.EMAIL)
				? opening + "Set your password by opening this link (it works once, until " + WHEN.format(expires)
						+ "):\n" + base + "/invitation/" + secret + "\n\nYour username is " + p.person().username()
						+ "." + closing
				: opening + "Your username: " + p.person().username() + "\nYour one-time code: " + secret + "\n\nGo to "
						+ base + "/invitation/code, type your username and this code (valid until "
						+ WHEN.format(expires) + "), and set your password." + closing;
		this.trail.tell(p.id(), actor.id(), "Your ECS account: set your password", body);
		this.trail.record(p, "INVITED",
				"invited by " + channel.name().toLowerCase(Locale.ROOT) + ", valid until " + WHEN.format(expires),
				actor, SecurityEvents.Kind.INVITED);
	}

	private void checkCap(ParticipantRecords.Affiliation affiliation, int alreadyCounted) {
		if (affiliation.isObserver() && affiliation.observerCap() != null
				&& this.records.placesHeld(affiliation.code()) - alreadyCounted >= affiliation.observerCap()) {
			throw ParticipantRefusedException.conflict(Said.said("problem.participant.observer-cap",
					affiliation.name() + " has all its " + affiliation.observerCap()
							+ " observer places taken; a place frees when someone is withdrawn.",
					affiliation.name(), affiliation.observerCap()));
		}
	}

	private ParticipantProfile locked(long id) {
		return this.records.lock(id).orElseThrow(() -> ParticipantRefusedException.notFound(id));
	}

	static void move(ParticipantProfile p, ParticipantStatus target) {
		if (!p.status().mayBecome(target)) {
			String from = p.status().name().toLowerCase(Locale.ROOT);
			String to = target.name().toLowerCase(Locale.ROOT);
			throw ParticipantRefusedException.conflict(Said.said("problem.participant.cannot-become",
					p.person().displayName() + " is " + from + ": cannot become " + to + ".", p.person().displayName(),
					Said.said("participants.status." + p.status().name(), from),
					Said.said("participants.status." + target.name(), to)));
		}
	}

	static String reason(String reason) {
		String r = (reason == null) ? "" : reason.strip();
		if (r.isEmpty() || r.length() > MAX_REASON) {
			throw ParticipantRefusedException.invalidSaid(List.of(Said.said("problem.participant.reason",
					"reason: say why, in under " + MAX_REASON + " characters.", MAX_REASON)));
		}
		org.ecs.core.text.InputText.said("reason", r).ifPresent((why) -> {
			throw ParticipantRefusedException.invalidSaid(List.of(why));
		});
		return r;
	}

	static String level(Level level) {
		return (level == Level.FULL) ? "full" : "monitoring";
	}

	/**
	 * A username from the name: ASCII letters of the first and last names, numbered if
	 * taken.
	 */
	private String freeUsername(Nominee n) {
		String ascii = Normalizer.normalize(n.displayName(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
		String[] words = ascii.replaceAll("[^a-z0-9 ]", " ").strip().split("\\s+");
		String base = (words.length == 0 || words[0].isEmpty()) ? "" : words[0];
		if (words.length > 1) {
			base = base + "." + words[words.length - 1];
		}
		if (base.length() < 2 && n.email() != null) {
			base = n.email()
				.substring(0, n.email().indexOf('@'))
				.toLowerCase(Locale.ROOT)
				.replaceAll("[^a-z0-9._-]", "");
		}
		if (base.length() < 2) {
			base = "participant";
		}
		base = base.substring(0, Math.min(base.length(), 56));
		String candidate = base;
		for (int i = 2; this.records.usernameTaken(candidate); i++) {
			candidate = base + i;
		}
		return candidate;
	}

}
