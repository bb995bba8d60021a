package org.ecs.core.participant;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import org.ecs.core.security.SecurityEvents;
import org.ecs.core.text.Said;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by email. Whoever asks (with a username or an email address) gets the
 * same answer; an active account with an email address gets a mail, in its language, with
 * a link valid 30 minutes that works once and is stored only as a SHA-256 of its 256-bit
 * secret (the invitation's helpers); asking again voids the older links, and at most
 * {@link #PER_HOUR} links an hour are sent to one account. Setting the new password ends
 * every session of the person and does not sign anyone in: the certificate is still
 * needed. Suspended, withdrawn, not-yet-active and fax-only accounts get nothing.
 */
@Service
public class PasswordResets {

	static final Duration VALIDITY = Duration.ofMinutes(30);

	static final int PER_HOUR = 3;

	static final String BUNDLE = "org.ecs.core.participant.reset-mail";

	/** A reset link as the mail writes it. */
	static final String LINK = "/password-reset/[A-Za-z0-9_-]{43}";

	private final JdbcClient jdbc;

	private final ParticipantRecords records;

	private final AccountTrail trail;

	private final SecurityEvents audit;

	private final PasswordEncoder passwords;

	private final SecureRandom random = new SecureRandom();

	public PasswordResets(JdbcClient jdbc, ParticipantRecords records, AccountTrail trail, SecurityEvents audit,
			PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.records = records;
		this.trail = trail;
		this.audit = audit;
		this.passwords = passwords;
	}

	/**
	 * Sends a reset link when {@code nameOrEmail} names an active account with an email
	 * address (and it is not throttled); otherwise nothing. The caller answers the same
	 * either way, before this runs (the pages hand it to a background thread), so the
	 * answer's timing does not tell either.
	 */
	@Transactional
	public void request(String nameOrEmail, String clientAddress) {
		String asked = (nameOrEmail == null) ? "" : nameOrEmail.strip();
		if (asked.isEmpty() || asked.length() > 200) {
			return;
		}
		Instant now = this.trail.now();
		Optional<ParticipantProfile> found = this.jdbc
			.sql("select id from participant where lower(username) = lower(:a) or lower(email) = lower(:a) "
					+ "order by id limit 1")
			.param("a", asked)
			.query(Long.class)
			.optional()
			.flatMap(this.records::find);
		Optional<String> refusal = found.isEmpty() ? Optional.of("no such account")
				: refusal(found.get().status(), found.get().person().email(), linksInTheLastHour(found.get(), now));
		String username = found.map((p) -> p.person().username()).orElse(asked);
		this.audit.record(SecurityEvents.Kind.PASSWORD_RESET_REQUESTED, username, clientAddress,
				refusal.map((why) -> "no link sent: " + why).orElse("link sent by email"), now);
		if (refusal.isEmpty()) {
			send(found.get(), now);
		}
	}

	/**
	 * Why no link goes to an account in this state; empty when one does: only an active
	 * account with an email address, and not more than {@link #PER_HOUR} links an hour.
	 */
	static Optional<String> refusal(ParticipantStatus status, String email, int linksInTheLastHour) {
		if (status != ParticipantStatus.ACTIVE) {
			return Optional.of("account " + status.name().toLowerCase(Locale.ROOT));
		}
		if (email == null || email.isBlank()) {
			return Optional.of("no email address (fax only)");
		}
		if (linksInTheLastHour >= PER_HOUR) {
			return Optional.of("throttled (" + PER_HOUR + " links an hour)");
		}
		return Optional.empty();
	}

	private int linksInTheLastHour(ParticipantProfile p, Instant now) {
		return this.jdbc.sql("select count(*) from password_reset where participant_id = ? and created_at > ?")
			.params(p.id(), Timestamp.from(now.minus(Duration.ofHours(1))))
			.query(Integer.class)
			.single();
	}

	private void send(ParticipantProfile p, Instant now) {
		String secret = Invitations.token(this.random);
		Instant expires = now.plus(VALIDITY);
		this.jdbc
			.sql("insert into password_reset (participant_id, secret_hash, expires_at, created_at) values (?, ?, ?, ?)")
			.params(p.id(), Invitations.hash(secret), Timestamp.from(expires), Timestamp.from(now))
			.update();
		Locale locale = locale(p.person().language());
		ResourceBundle texts = texts(locale);
		String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(locale)
			.withZone(ZoneOffset.UTC)
			.format(expires) + " UTC";
		String link = this.trail.baseUrl() + "/password-reset/" + secret;
		String body = new MessageFormat(texts.getString("body"), locale)
			.format(new Object[] { p.person().displayName(), link, until, p.person().username() });
		this.trail.tell(p.id(), p.id(), texts.getString("subject"), body);
	}

	/** The person a link is for while it works; empty when used, expired or voided. */
	public Optional<ParticipantProfile> holder(String secret) {
		return link(secret).filter((l) -> l.usable(this.trail.now()))
			.flatMap((l) -> this.records.find(l.participantId()))
			.filter((p) -> p.status() == ParticipantStatus.ACTIVE);
	}

	/**
	 * Sets the new password from a good link: the link is used up (and the person's older
	 * ones with it), every session of the person ends, the audit trail has it.
	 * @throws ParticipantRefusedException conflict when the link does not work, invalid
	 * when the password is not acceptable
	 */
	@Transactional
	public ParticipantProfile reset(String secret, String password) {
		ParticipantProfile p = holder(secret)
			.orElseThrow(() -> ParticipantRefusedException.conflict(Said.said("problem.reset.not-valid",
					"This link does not work: it was used, it expired, or a newer one was sent.")));
		List<String> problems = PasswordRules.problems(p.person().username(), password);
		if (!problems.isEmpty()) {
			throw ParticipantRefusedException.invalid(problems);
		}
		Instant now = this.trail.now();
		int used = this.jdbc
			.sql("update password_reset set used_at = ? where secret_hash = ? and used_at is null and expires_at > ?")
			.params(Timestamp.from(now), Invitations.hash(secret), Timestamp.from(now))
			.update();
		if (used != 1) {
			throw ParticipantRefusedException
				.conflict(Said.said("problem.reset.used", "This link was used a moment ago."));
		}
		this.jdbc.sql(
				"update password_reset set expires_at = least(expires_at, ?) where participant_id = ? and used_at is null")
			.params(Timestamp.from(now), p.id())
			.update();
		this.records.setPasswordHash(p.id(), this.passwords.encode(password));
		this.jdbc.sql("update participant set sessions_ended_at = ? where id = ?")
			.params(Timestamp.from(now), p.id())
			.update();
		forgetSecrets(p.id());
		this.trail.record(p, "PASSWORD_RESET", "password reset from an emailed link; every session ended", null,
				SecurityEvents.Kind.PASSWORD_RESET);
		return p;
	}

	/** When the person's sessions were last ended (a reset): a session older is over. */
	public Optional<Instant> sessionsEndedAt(String username) {
		return this.jdbc.sql("select sessions_ended_at from participant where username = ?")
			.param(username)
			.query((rs, i) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.optional()
			.flatMap((at) -> at);
	}

	private Optional<ResetLink> link(String secret) {
		if (secret == null || secret.isBlank() || secret.length() > 200) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select r.id, r.participant_id, r.expires_at, r.used_at,
				       (select max(n.id) from password_reset n where n.participant_id = r.participant_id) as newest
				from password_reset r where r.secret_hash = ?
				""")
			.param(Invitations.hash(secret))
			.query((rs, i) -> new ResetLink(rs.getLong("id"), rs.getLong("participant_id"),
					rs.getTimestamp("expires_at").toInstant(),
					(rs.getTimestamp("used_at") != null) ? rs.getTimestamp("used_at").toInstant() : null,
					rs.getLong("newest")))
			.optional();
	}

	/** Blanks used or voided reset links out of what ECS keeps of the mails it sent. */
	private void forgetSecrets(long participantId) {
		this.jdbc
			.sql("update notice set body = regexp_replace(body, :link, '/password-reset/(no longer valid)', 'g') "
					+ "where kind = 'ACCOUNT' and :person = any(addressees) and body ~ :link")
			.param("link", LINK)
			.param("person", "person:" + participantId)
			.update();
		this.jdbc
			.sql("update notification set body = regexp_replace(body, :link, '/password-reset/(no longer valid)', 'g') "
					+ "where recipient_id = :id and body ~ :link")
			.param("link", LINK)
			.param("id", participantId)
			.update();
	}

	static Locale locale(String language) {
		return (language == null || language.isBlank()) ? Locale.ENGLISH : Locale.forLanguageTag(language);
	}

	static ResourceBundle texts(Locale locale) {
		ResourceBundle.Control noFallback = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
		try {
			return ResourceBundle.getBundle(BUNDLE, locale, noFallback);
		}
		catch (MissingResourceException ex) {
			return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, noFallback);
		}
	}

}
