package org.ecs.gateways.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ecs.gateways.mail.ReplyToken.Purpose;
import org.ecs.gateways.mail.ReplyToken.Status;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyTokenTest {

	private static final byte[] KEY_1 = key(1);

	private static final byte[] KEY_2 = key(2);

	private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

	private static byte[] key(int seed) {
		byte[] key = new byte[32];
		Arrays.fill(key, (byte) seed);
		return key;
	}

	private final ReplyToken tokens = new ReplyToken(Map.of(1, KEY_1), 1, Duration.ofDays(90), NOW);

	@Test
	void shouldVerifyAndReadClaimsWhenTokenIsUntouched() {
		String token = this.tokens.issueReply(123456, 789, 3);
		ReplyToken.Verification verification = this.tokens.verify(token.toUpperCase(), Purpose.REPLY);
		assertThat(verification.status()).isEqualTo(Status.VALID);
		assertThat(verification.claims().recipientId()).isEqualTo(123456);
		assertThat(verification.claims().subjectId()).isEqualTo(789);
		assertThat(verification.claims().epoch()).isEqualTo(3);
		assertThat(token).matches("[a-z2-7]+").hasSizeLessThanOrEqualTo(40);
		assertThat(ReplyAddress.format("reply", token, "ecs.org")).hasSizeLessThan(64 + 9);
	}

	@Test
	void shouldRejectWhenTokenIsTamperedOrOfOtherPurpose() {
		String token = this.tokens.issueReply(1, 2, 0);
		char last = token.charAt(5);
		String tampered = token.substring(0, 5) + (last == 'a' ? 'b' : 'a') + token.substring(6);
		assertThat(this.tokens.verify(tampered, Purpose.REPLY).isValid()).isFalse();
		assertThat(this.tokens.verify(token, Purpose.BOUNCE).status()).isEqualTo(Status.WRONG_PURPOSE);
		assertThat(this.tokens.verify("not a token!", Purpose.REPLY).status()).isEqualTo(Status.MALFORMED);
	}

	@Test
	void shouldExpireWhenValidityHasPassed() {
		String token = this.tokens.issueReply(1, 2, 0);
		ReplyToken later = new ReplyToken(Map.of(1, KEY_1), 1, Duration.ofDays(90),
				Clock.offset(NOW, Duration.ofDays(92)));
		assertThat(later.verify(token, Purpose.REPLY).status()).isEqualTo(Status.EXPIRED);
	}

	@Test
	void shouldVerifyOldTokensWhenKeysRotate() {
		String old = this.tokens.issueReply(1, 2, 0);
		ReplyToken rotated = new ReplyToken(Map.of(1, KEY_1, 2, KEY_2), 2, Duration.ofDays(90), NOW);
		assertThat(rotated.verify(old, Purpose.REPLY).claims().keyVersion()).isEqualTo(1);
		assertThat(rotated.verify(rotated.issueBounce(1, 99, 0), Purpose.BOUNCE).isValid()).isTrue();
		ReplyToken retired = new ReplyToken(Map.of(2, KEY_2), 2, Duration.ofDays(90), NOW);
		assertThat(retired.verify(old, Purpose.REPLY).status()).isEqualTo(Status.UNKNOWN_KEY);
	}

}
