package org.ecs.core.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.ecs.core.security.CertificateRenewals.Held;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateRenewalsTest {

	private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

	private static final Duration NOTICE = Duration.ofDays(30);

	private static Held cert(long id, long person, int daysLeft, int issuedDaysAgo, boolean reminded) {
		return new Held(id, person, NOW.plus(Duration.ofDays(daysLeft)), NOW.minus(Duration.ofDays(issuedDaysAgo)),
				reminded);
	}

	@Test
	void shouldRemindWhenTheNewestCertificateRunsOutWithinTheNotice() {
		assertThat(CertificateRenewals.due(List.of(cert(1, 7, 10, 355, false)), NOW, NOTICE)).extracting(Held::id)
			.containsExactly(1L);
	}

	@Test
	void shouldRemindOnTheLastDayOfTheNotice() {
		assertThat(CertificateRenewals.due(List.of(cert(1, 7, 30, 335, false)), NOW, NOTICE)).hasSize(1);
	}

	@Test
	void shouldNotRemindWhenTheCertificateRunsOutLaterThanTheNotice() {
		assertThat(CertificateRenewals.due(List.of(cert(1, 7, 31, 334, false)), NOW, NOTICE)).isEmpty();
	}

	@Test
	void shouldNotRemindTwiceWhenAlreadyReminded() {
		assertThat(CertificateRenewals.due(List.of(cert(1, 7, 10, 355, true)), NOW, NOTICE)).isEmpty();
	}

	@Test
	void shouldNotRemindWhenThePersonAlreadyMadeANewCertificate() {
		List<Held> held = List.of(cert(1, 7, 10, 355, false), cert(2, 7, 365, 0, false));
		assertThat(CertificateRenewals.due(held, NOW, NOTICE)).isEmpty();
	}

	@Test
	void shouldRemindOfTheNewestWhenItTooRunsOutSoon() {
		List<Held> held = List.of(cert(2, 7, 20, 10, false), cert(1, 7, 5, 360, false));
		assertThat(CertificateRenewals.due(held, NOW, NOTICE)).extracting(Held::id).containsExactly(2L);
	}

	@Test
	void shouldRemindEachPersonOnceSoonestFirst() {
		List<Held> held = List.of(cert(1, 7, 20, 345, false), cert(2, 8, 3, 362, false), cert(3, 9, 200, 165, false));
		assertThat(CertificateRenewals.due(held, NOW, NOTICE)).extracting(Held::participantId).containsExactly(8L, 7L);
	}

	@Test
	void shouldNotRemindOfACertificateAlreadyExpired() {
		assertThat(CertificateRenewals.due(List.of(cert(1, 7, 0, 365, false)), NOW, NOTICE)).isEmpty();
	}

}
