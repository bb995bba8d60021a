package org.ecs.config.certificates;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.ecs.config.EcsIntegrationTest;
import org.ecs.core.notification.Wording;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A certificate that runs out within the notice period: its holder hears of it exactly
 * once, in their language, on their channels, with the link to make a new one, however
 * many passes run and even when two run at once; a person who already made a new
 * certificate is not reminded of the old one.
 */
@EcsIntegrationTest
class CertificateRenewalIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RenewalReminders reminders;

	@Autowired
	MessageSource messages;

	@Test
	void shouldTellThePersonOnceWhenTheirCertificateRunsOutSoon() {
		Instant now = Instant.now();
		long soon = person("fr");
		certificate(soon, now.minus(Duration.ofDays(355)), now.plus(Duration.ofDays(10)));
		long renewed = person("en");
		certificate(renewed, now.minus(Duration.ofDays(355)), now.plus(Duration.ofDays(10)));
		certificate(renewed, now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(365)));

		CompletableFuture<Integer> first = CompletableFuture.supplyAsync(this.reminders::remind);
		CompletableFuture<Integer> second = CompletableFuture.supplyAsync(this.reminders::remind);
		first.join();
		second.join();
		this.reminders.remind();

		assertThat(notices(soon)).isEqualTo(1);
		assertThat(notices(renewed)).isZero();
		// stored in English for the API, worded in each reader's language from its
		// arguments
		String stored = this.jdbc.sql("select subject from notice where kind = 'ACCOUNT' and ? = any(addressees)")
			.param("person:" + soon)
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo("Your ECS certificate runs out soon");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.jdbc.sql("select args::text from notification where recipient_id = ?")
				.param(soon)
				.query(String.class)
				.list()).singleElement().isNotNull());
		Wording wording = Wording
			.fromJson(this.jdbc.sql("select args::text from notification where recipient_id = ?")
				.param(soon)
				.query(String.class)
				.single())
			.orElseThrow();
		Wording.Worded french = wording.in(this.messages, Locale.FRENCH);
		assertThat(french.subject()).isEqualTo("Votre certificat ECS expire bientôt");
		assertThat(french.body()).contains("/settings/certificate").contains("certificat client ECS");
		assertThat(this.jdbc
			.sql("select count(*) from participant_certificate where participant_id = ? "
					+ "and renewal_reminded_at is not null")
			.param(soon)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private long notices(long person) {
		return this.jdbc.sql("select count(*) from notice where kind = 'ACCOUNT' and ? = any(addressees)")
			.param("person:" + person)
			.query(Long.class)
			.single();
	}

	private long person(String language) {
		String name = "renewal-" + UUID.randomUUID().toString().substring(0, 8);
		return this.jdbc.sql("""
				insert into participant (username, display_name, language, level, roles, channels, password_hash)
				values (?, ?, ?, 'FULL', '{PARTICIPANT}', '{WEB}', 'x') returning id
				""").params(name, name, language).query(Long.class).single();
	}

	private void certificate(long person, Instant issued, Instant notAfter) {
		String serial = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes()).substring(0, 32);
		String fingerprint = (serial + serial).substring(0, 64);
		this.jdbc.sql("""
				insert into participant_certificate
				    (participant_id, serial, fingerprint, subject, not_before, not_after, issued_at, issued_how)
				values (?, ?, ?, ?, ?, ?, ?, 'KEY_PAIR')
				""")
			.params(person, serial, fingerprint, "CN=" + person, Timestamp.from(issued), Timestamp.from(notAfter),
					Timestamp.from(issued))
			.update();
	}

}
