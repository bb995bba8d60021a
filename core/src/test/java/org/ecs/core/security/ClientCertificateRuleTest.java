package org.ecs.core.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.ecs.core.security.ClientCertificateRule.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientCertificateRuleTest {

	static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

	static CertificateRecord alices(Instant notBefore, Instant notAfter, Instant revokedAt) {
		return new CertificateRecord(7, 1, "alice", true, "4a", "f".repeat(64), "CN=alice,OU=Participants,O=ECS",
				notBefore, notAfter, notBefore, "KEY_PAIR", revokedAt, (revokedAt != null) ? "lost laptop" : null);
	}

	static final CertificateRecord VALID = alices(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(364)), null);

	@Test
	void shouldLetTheOwnerInWithAValidCertificate() {
		assertThat(ClientCertificateRule.check(true, Optional.of(VALID), "alice", true, NOW)).isEmpty();
		assertThat(ClientCertificateRule.check(true, Optional.of(VALID), "alice", false, NOW)).isEmpty();
	}

	@Test
	void shouldLetAPasswordAloneInOnlyWhenNoCertificateIsRequired() {
		assertThat(ClientCertificateRule.check(false, Optional.empty(), "alice", false, NOW)).isEmpty();
		assertThat(ClientCertificateRule.check(false, Optional.empty(), "alice", true, NOW)).contains(Refusal.MISSING);
	}

	@Test
	void shouldRefuseAnotherParticipantsCertificateWhateverIsRequired() {
		assertThat(ClientCertificateRule.check(true, Optional.of(VALID), "bruno", true, NOW))
			.contains(Refusal.OTHER_ACCOUNT);
		assertThat(ClientCertificateRule.check(true, Optional.of(VALID), "bruno", false, NOW))
			.contains(Refusal.OTHER_ACCOUNT);
		// names are exact: a look-alike username is another account
		assertThat(ClientCertificateRule.check(true, Optional.of(VALID), "Alice", true, NOW))
			.contains(Refusal.OTHER_ACCOUNT);
		assertThat(ClientCertificateRule.check(true, Optional.of(VALID), null, true, NOW))
			.contains(Refusal.OTHER_ACCOUNT);
	}

	@Test
	void shouldRefuseACertificateEcsDoesNotKnow() {
		assertThat(ClientCertificateRule.check(true, Optional.empty(), "alice", false, NOW)).contains(Refusal.UNKNOWN);
		assertThat(ClientCertificateRule.check(true, Optional.empty(), "alice", true, NOW)).contains(Refusal.UNKNOWN);
	}

	@Test
	void shouldRefuseARevokedCertificateFromTheMomentOfRevocation() {
		CertificateRecord revoked = alices(VALID.notBefore(), VALID.notAfter(), NOW);
		assertThat(ClientCertificateRule.check(true, Optional.of(revoked), "alice", false, NOW))
			.contains(Refusal.REVOKED);
		assertThat(ClientCertificateRule.check(true, Optional.of(revoked), "alice", true, NOW.plusSeconds(1)))
			.contains(Refusal.REVOKED);
	}

	@Test
	void shouldRefuseAnExpiredOrNotYetValidCertificate() {
		CertificateRecord expired = alices(NOW.minus(Duration.ofDays(366)), NOW, null);
		assertThat(ClientCertificateRule.check(true, Optional.of(expired), "alice", true, NOW))
			.contains(Refusal.EXPIRED);
		assertThat(ClientCertificateRule.check(true, Optional.of(expired), "alice", true, NOW.minusMillis(1)))
			.isEmpty();
		CertificateRecord future = alices(NOW.plusSeconds(60), NOW.plus(Duration.ofDays(365)), null);
		assertThat(ClientCertificateRule.check(true, Optional.of(future), "alice", true, NOW))
			.contains(Refusal.NOT_YET_VALID);
	}

	@Test
	void shouldTellThePersonHowToGetACertificate() {
		assertThat(Refusal.MISSING.message()).contains("Settings > Certificate").contains("HTTPS");
		for (Refusal refusal : Refusal.values()) {
			assertThat(refusal.message()).isNotBlank();
		}
	}

}
