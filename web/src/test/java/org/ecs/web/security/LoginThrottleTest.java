package org.ecs.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.ecs.core.security.SecurityEvents;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

class LoginThrottleTest {

	final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T10:00:00Z"));

	final AtomicInteger checked = new AtomicInteger();

	final AuthenticationProvider passwords = new AuthenticationProvider() {

		@Override
		public Authentication authenticate(Authentication authentication) {
			LoginThrottleTest.this.checked.incrementAndGet();
			if (!"right".equals(authentication.getCredentials())) {
				throw new BadCredentialsException("Bad credentials");
			}
			return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, List.of());
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return true;
		}

	};

	final LoginThrottle throttle = new LoginThrottle(this.passwords, mock(SecurityEvents.class), this.clock,
			new SignInLimits(3, 10, Duration.ofMinutes(15), Duration.ofMinutes(15)));

	@Test
	void shouldLockTheAccountForTheLockoutWindowThenLetTheRightPasswordIn() {
		for (int i = 0; i < 3; i++) {
			assertThatThrownBy(() -> this.throttle.authenticate(token("ann", "wrong")))
				.isInstanceOf(BadCredentialsException.class);
		}
		assertThatThrownBy(() -> this.throttle.authenticate(token("ann", "right"))).isInstanceOfSatisfying(
				LoginThrottle.Throttled.class, (t) -> assertThat(t.retryAfter()).isEqualTo(Duration.ofMinutes(15)));
		this.clock.move(Duration.ofMinutes(14));
		assertThatThrownBy(() -> this.throttle.authenticate(token("ANN ", "right")))
			.as("the account is one, however its name is typed")
			.isInstanceOf(LoginThrottle.Throttled.class);
		assertThat(this.checked).as("no password was checked while locked").hasValue(3);

		this.clock.move(Duration.ofMinutes(1));
		assertThat(this.throttle.authenticate(token("ann", "right")).isAuthenticated()).isTrue();
	}

	@Test
	void shouldForgiveFailuresSpreadOverTimeAndResetOnSuccess() {
		for (int i = 0; i < 10; i++) {
			assertThatThrownBy(() -> this.throttle.authenticate(token("bob", "wrong")))
				.isInstanceOf(BadCredentialsException.class);
			this.throttle.authenticate(token("bob", "right"));
			this.clock.move(Duration.ofMinutes(6));
		}
	}

	@Test
	void shouldCountAnImpossibleUsernameAsAFailureWithoutAskingForIt() {
		assertThatThrownBy(() -> this.throttle.authenticate(token("ann\u0000", "right")))
			.isInstanceOf(BadCredentialsException.class);
		assertThatThrownBy(() -> this.throttle.authenticate(token("a".repeat(10_000), "right")))
			.isInstanceOf(BadCredentialsException.class);
		assertThat(this.checked).hasValue(0);
	}

	private static Authentication token(String user, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
	}

	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void move(Duration d) {
			this.now = this.now.plus(d);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
