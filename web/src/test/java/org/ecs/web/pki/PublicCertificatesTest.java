package org.ecs.web.pki;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicCertificatesTest {

	static final Instant T0 = Instant.parse("2026-12-03T00:00:00Z");

	final List<Instant> made = new ArrayList<>();

	Instant now = T0;

	final Clock clock = new Clock() {

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return PublicCertificatesTest.this.now;
		}
	};

	final PublicCertificates published = new PublicCertificates(() -> pem("CERTIFICATE", "the CA"), (nextUpdate) -> {
		this.made.add(nextUpdate);
		return ("list " + this.made.size()).getBytes(StandardCharsets.US_ASCII);
	}, this.clock);

	static String pem(String type, String content) {
		String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
			.encodeToString(content.getBytes(StandardCharsets.UTF_8));
		return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
	}

	@Test
	void shouldServeTheCaCertificateAsDerWhenAsked() {
		assertThat(this.published.caCertificate()).asString(StandardCharsets.UTF_8).isEqualTo("the CA");
		assertThat(PublicCertificates.der(pem("X509 CRL", "x".repeat(200)))).hasSize(200);
		assertThatThrownBy(() -> PublicCertificates.der("not a certificate"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldMakeTheListAtMostOnceAMinuteValidForAWeekWhenAskedOften() {
		assertThat(this.published.revocationList()).asString(StandardCharsets.US_ASCII).isEqualTo("list 1");
		this.now = T0.plusSeconds(59);
		assertThat(this.published.revocationList()).asString(StandardCharsets.US_ASCII).isEqualTo("list 1");
		this.now = T0.plus(PublicCertificates.FRESH);
		assertThat(this.published.revocationList()).asString(StandardCharsets.US_ASCII).isEqualTo("list 2");
		assertThat(this.made).containsExactly(T0.plus(Duration.ofDays(7)),
				T0.plus(PublicCertificates.FRESH).plus(Duration.ofDays(7)));
	}

	@Test
	void shouldMakeTheListAnewAtOnceWhenCertificatesWereRevoked() {
		this.published.revocationList();
		this.now = T0.plusSeconds(5);
		this.published.revoked();
		assertThat(this.published.revocationList()).asString(StandardCharsets.US_ASCII).isEqualTo("list 2");
		assertThat(this.published.revocationList()).asString(StandardCharsets.US_ASCII).isEqualTo("list 2");
	}

	@Test
	void shouldMakeTheListAnewWhenTheClockWentBack() {
		this.published.revocationList();
		this.now = T0.minusSeconds(30);
		assertThat(this.published.revocationList()).asString(StandardCharsets.US_ASCII).isEqualTo("list 2");
	}

}
