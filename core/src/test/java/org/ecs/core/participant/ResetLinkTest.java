package org.ecs.core.participant;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResetLinkTest {

	static final Instant SENT = Instant.parse("2026-12-02T10:00:00Z");

	static final Instant EXPIRES = SENT.plus(PasswordResets.VALIDITY);

	@Test
	void shouldWorkWhenNewestUnusedAndWithinThirtyMinutes() {
		ResetLink link = new ResetLink(7, 1, EXPIRES, null, 7);
		assertThat(link.usable(SENT)).isTrue();
		assertThat(link.usable(EXPIRES.minusSeconds(1))).isTrue();
		assertThat(PasswordResets.VALIDITY).hasMinutes(30);
	}

	@Test
	void shouldBeRefusedWhenExpired() {
		ResetLink link = new ResetLink(7, 1, EXPIRES, null, 7);
		assertThat(link.refusal(EXPIRES)).isEqualTo(ResetLink.Refusal.EXPIRED);
		assertThat(link.usable(EXPIRES.plusSeconds(60))).isFalse();
	}

	@Test
	void shouldBeRefusedWhenUsedOnce() {
		ResetLink used = new ResetLink(7, 1, EXPIRES, SENT.plusSeconds(60), 7);
		assertThat(used.refusal(SENT.plusSeconds(120))).isEqualTo(ResetLink.Refusal.USED);
	}

	@Test
	void shouldBeVoidedWhenANewerLinkWasSent() {
		ResetLink older = new ResetLink(7, 1, EXPIRES, null, 9);
		assertThat(older.refusal(SENT.plusSeconds(60))).isEqualTo(ResetLink.Refusal.VOIDED);
	}

	@Test
	void shouldStoreOnlyAHashOfAFreshTokenOfFortyThreeCharacters() {
		String token = Invitations.token(new java.security.SecureRandom());
		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		assertThat(Invitations.hash(token)).hasSize(32).isNotEqualTo(token.getBytes());
		assertThat(("/password-reset/" + token)).matches(".*" + PasswordResets.LINK);
	}

	@Test
	void shouldWriteTheMailInEachOfTheSixLanguages() {
		for (String language : new String[] { "en", "fr", "es", "ru", "ar", "zh" }) {
			var texts = PasswordResets.texts(PasswordResets.locale(language));
			assertThat(texts.getString("subject")).isNotBlank();
			assertThat(texts.getString("body")).contains("{1}").contains("{2}");
		}
		assertThat(PasswordResets.texts(PasswordResets.locale("fr")).getString("subject")).contains("mot de passe");
		assertThat(PasswordResets.texts(PasswordResets.locale("de")).getString("subject")).contains("password");
	}

}
