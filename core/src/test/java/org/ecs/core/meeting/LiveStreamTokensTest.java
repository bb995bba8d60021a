package org.ecs.core.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiveStreamTokensTest {

	static final String SECRET = "a-test-secret-of-at-least-thirty-two-characters";

	static final Instant NOW = Instant.parse("2027-03-15T09:00:00Z");

	static LiveStreamTokens at(Instant now) {
		return new LiveStreamTokens(SECRET, Duration.ofMinutes(10), Clock.fixed(now, ZoneOffset.UTC));
	}

	@Test
	void shouldAcceptATokenForItsPathUntilItExpires() {
		String token = at(NOW).issue(42, "ecs/pc63");
		assertThat(at(NOW).verify(token, "ecs/pc63")).hasValue(42L);
		assertThat(at(NOW.plus(Duration.ofMinutes(9))).verify(token, "ecs/pc63")).hasValue(42L);
	}

	@Test
	void shouldRefuseATokenWhenItHasExpired() {
		String token = at(NOW).issue(42, "ecs/pc63");
		assertThat(at(NOW.plus(Duration.ofMinutes(10))).verify(token, "ecs/pc63")).isEmpty();
		assertThat(at(NOW.plus(Duration.ofDays(1))).verify(token, "ecs/pc63")).isEmpty();
	}

	@Test
	void shouldRefuseATokenWhenAskedForAnotherPath() {
		String token = at(NOW).issue(42, "ecs/pc63");
		assertThat(at(NOW).verify(token, "ecs/wgb61")).isEmpty();
		assertThat(at(NOW).verify(token, "ecs/pc63/")).isEmpty();
		assertThat(at(NOW).verify(token, "")).isEmpty();
	}

	@Test
	void shouldRefuseATokenWhenAnyPartIsChanged() {
		String token = at(NOW).issue(42, "ecs/pc63");
		String[] parts = token.split("\\.");
		// another participant, a later expiry, a changed signature
		assertThat(at(NOW).verify("43." + parts[1] + "." + parts[2], "ecs/pc63")).isEmpty();
		assertThat(at(NOW).verify(parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2], "ecs/pc63"))
			.isEmpty();
		char last = parts[2].charAt(parts[2].length() - 1);
		String tampered = parts[2].substring(0, parts[2].length() - 1) + ((last == 'A') ? 'B' : 'A');
		assertThat(at(NOW).verify(parts[0] + "." + parts[1] + "." + tampered, "ecs/pc63")).isEmpty();
		assertThat(at(NOW).verify("not a token", "ecs/pc63")).isEmpty();
		assertThat(at(NOW).verify(null, "ecs/pc63")).isEmpty();
	}

	@Test
	void shouldRefuseATokenSignedWithAnotherSecret() {
		String token = new LiveStreamTokens("another-secret-that-is-also-thirty-two-chars", Duration.ofMinutes(10),
				Clock.fixed(NOW, ZoneOffset.UTC))
			.issue(42, "ecs/pc63");
		assertThat(at(NOW).verify(token, "ecs/pc63")).isEmpty();
		assertThat(new LiveStreamTokens("", Duration.ofMinutes(10), Clock.fixed(NOW, ZoneOffset.UTC))
			.verify(at(NOW).issue(42, "ecs/pc63"), "ecs/pc63")).as("a secret made at start is its own").isEmpty();
		assertThatThrownBy(() -> new LiveStreamTokens("short", Duration.ofMinutes(10), Clock.systemUTC()))
			.hasMessageContaining("at least 32 characters");
	}

	@Test
	void shouldReadTheMediaServersPathFromTheLiveAddress() {
		assertThat(LiveStreamTokens.mediaPath("https://media.example.org/ecs/pc63/index.m3u8")).hasValue("ecs/pc63");
		assertThat(LiveStreamTokens.mediaPath("https://media.example.org:8888/pc63/index.m3u8?x=1")).hasValue("pc63");
		assertThat(LiveStreamTokens.mediaPath("/media/live/0b1c/index.m3u8")).isEmpty();
		assertThat(LiveStreamTokens.mediaPath("https://media.example.org/index.m3u8")).isEmpty();
	}

}
