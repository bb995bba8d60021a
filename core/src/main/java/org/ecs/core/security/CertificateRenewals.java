package org.ecs.core.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.ecs.core.notification.Wording;
import org.ecs.core.notice.Addressee;
import org.ecs.core.notice.NoticeDispatch;
import org.ecs.core.notice.NoticeKind;
import org.ecs.core.notice.Notices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reminds each active participant, once per certificate, that the newest certificate they
 * hold runs out soon, with the link to the settings page where they make a new one
 * (renewal is a new certificate; the old one stays valid until it expires or is revoked).
 * The account notice goes out on the person's channels, in their language. The update
 * that marks a certificate reminded is the claim: of two ECS instances running this at
 * once, only one tells the person.
 */
@Service
public class CertificateRenewals {

	private static final Logger log = LoggerFactory.getLogger(CertificateRenewals.class);

	static final String SETTINGS_PATH = "/settings/certificate";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final JdbcClient jdbc;

	private final Notices notices;

	private final NoticeDispatch dispatch;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	public CertificateRenewals(JdbcClient jdbc, Notices notices, NoticeDispatch dispatch, MessageSource messages,
			Clock clock, @Value("${ecs.mail.base-url:http://localhost:8080}") String baseUrl) {
		this.jdbc = jdbc;
		this.notices = notices;
		this.dispatch = dispatch;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/**
	 * Tells every active participant whose newest valid certificate runs out within
	 * {@code notice} and who was not told of it yet; returns how many were told now.
	 */
	public int remind(Duration notice) {
		Instant now = this.clock.instant();
		List<Held> held = this.jdbc.sql("""
				select c.id, c.participant_id, c.not_after, c.issued_at, c.renewal_reminded_at is not null as reminded
				from participant_certificate c join participant p on p.id = c.participant_id
				where p.active and c.revoked_at is null and c.not_before <= ? and c.not_after > ?
				""")
			.params(Timestamp.from(now), Timestamp.from(now))
			.query((rs, i) -> new Held(rs.getLong("id"), rs.getLong("participant_id"),
					rs.getTimestamp("not_after").toInstant(), rs.getTimestamp("issued_at").toInstant(),
					rs.getBoolean("reminded")))
			.list();
		int told = 0;
		for (Held due : due(held, now, notice)) {
			if (tell(due, now)) {
				told++;
			}
		}
		if (told > 0) {
			log.info("Reminded {} participant(s) that their certificate runs out within {}", told, notice);
		}
		return told;
	}

	/**
	 * The selection rule: of each person's valid certificates, the newest (last issued);
	 * due when it runs out within the notice and nobody told them of it yet. A person who
	 * already made a new certificate is not reminded of the old one.
	 */
	static List<Held> due(List<Held> valid, Instant now, Duration notice) {
		Instant horizon = now.plus(notice);
		Map<Long, Held> newest = valid.stream()
			.collect(Collectors.toMap(Held::participantId, (h) -> h, (a, b) -> (NEWEST.compare(a, b) >= 0) ? a : b));
		return newest.values()
			.stream()
			.filter((h) -> !h.reminded() && h.notAfter().isAfter(now) && !h.notAfter().isAfter(horizon))
			.sorted(Comparator.comparing(Held::notAfter))
			.toList();
	}

	private static final Comparator<Held> NEWEST = Comparator.comparing(Held::issuedAt).thenComparing(Held::id);

	/** Claims the reminder and stores the notice in one transaction; false when taken. */
	private boolean tell(Held due, Instant now) {
		boolean[] claimed = { false };
		try {
			this.dispatch.storeThenPublish(() -> {
				int rows = this.jdbc.sql("""
						update participant_certificate set renewal_reminded_at = ?
						where id = ? and renewal_reminded_at is null and revoked_at is null
						""").params(Timestamp.from(now), due.id()).update();
				if (rows == 0) {
					throw new AlreadyClaimed();
				}
				claimed[0] = true;
				// worded by each reader's channels in their language (web inbox: the
				// page's);
				// the English stored beside it for the API
				Wording wording = Wording.of("certificate.renewal", DAY.format(due.notAfter()),
						this.baseUrl + SETTINGS_PATH);
				Wording.Worded english = wording.in(this.messages, Locale.ENGLISH);
				return this.notices.create(NoticeKind.ACCOUNT, due.participantId(), null, english.subject(),
						english.body(), List.of(Addressee.person(due.participantId())), wording);
			});
			return claimed[0];
		}
		catch (AlreadyClaimed ex) {
			return false;
		}
	}

	/** One valid certificate as the selection rule sees it. */
	record Held(long id, long participantId, Instant notAfter, Instant issuedAt, boolean reminded) {
	}

	/**
	 * Another instance told the person first: nothing to roll back but nothing to send.
	 */
	private static final class AlreadyClaimed extends RuntimeException {

		AlreadyClaimed() {
			super(null, null, false, false);
		}

	}

}
