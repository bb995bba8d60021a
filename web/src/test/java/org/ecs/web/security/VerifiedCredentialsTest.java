package org.ecs.web.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class VerifiedCredentialsTest {

	final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

	final AtomicReference<String> hash = new AtomicReference<>(this.bcrypt.encode("demo"));

	final AtomicInteger checks = new AtomicInteger();

	/** The hashes each password was compared with. */
	final List<String> compared = new java.util.concurrent.CopyOnWriteArrayList<>();

	/** Open unless a test holds the password check. */
	volatile CountDownLatch held = new CountDownLatch(0);

	final PasswordEncoder counting = new PasswordEncoder() {
		@Override
		public String encode(CharSequence raw) {
			return VerifiedCredentialsTest.this.bcrypt.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			VerifiedCredentialsTest.this.checks.incrementAndGet();
			VerifiedCredentialsTest.this.compared.add(encoded);
			try {
				VerifiedCredentialsTest.this.held.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return VerifiedCredentialsTest.this.bcrypt.matches(raw, encoded);
		}
	};

	final AtomicReference<Boolean> enabled = new AtomicReference<>(true);

	final UserDetailsService users = (name) -> User.withUsername(name)
		.password(this.hash.get())
		.roles("PARTICIPANT")
		.disabled(!this.enabled.get())
		.build();

	final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-25T10:00:00Z"));

	final Clock clock = new Clock() {
		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return VerifiedCredentialsTest.this.now.get();
		}
	};

	final VerifiedCredentials credentials = new VerifiedCredentials(this.users, this.counting, this.clock);

	@Test
	void shouldCheckThePasswordOnceWithinTheTimeToLive() {
		login("demo");
		login("demo");
		login("demo");

		assertThat(this.checks).hasValue(1);
	}

	@Test
	void shouldCheckAgainAfterTheTimeToLive() {
		login("demo");
		this.now.set(this.now.get().plus(VerifiedCredentials.TTL).plusSeconds(1));
		login("demo");

		assertThat(this.checks).hasValue(2);
	}

	@Test
	void shouldNeverRememberAWrongPassword() {
		assertThatThrownBy(() -> login("wrong")).isInstanceOf(BadCredentialsException.class);
		assertThatThrownBy(() -> login("wrong")).isInstanceOf(BadCredentialsException.class);
		assertThat(this.checks).hasValue(2);
	}

	@Test
	void shouldRefuseADeactivatedAccountEvenWhenRemembered() {
		login("demo");
		this.enabled.set(false);

		assertThatThrownBy(() -> login("demo")).isInstanceOf(DisabledException.class);
	}

	@Test
	void shouldTakeAsLongToRefuseADeactivatedAccountAsAWrongPassword() {
		// as the participants' directory gives it: no hash for an account that cannot
		// sign in
		this.hash.set("");
		this.enabled.set(false);

		assertThatThrownBy(() -> login("a guess")).isInstanceOf(DisabledException.class);
		assertThatThrownBy(() -> login("demo")).isInstanceOf(DisabledException.class);

		assertThat(this.compared).as("a real BCrypt comparison each time, as for a wrong password")
			.hasSize(2)
			.allSatisfy((encoded) -> assertThat(encoded).startsWith("$2"));
	}

	@Test
	void shouldCheckOnceForCallsArrivingTogether() throws Exception {
		this.held = new CountDownLatch(1);
		List<Thread> callers = new ArrayList<>();
		AtomicInteger signedIn = new AtomicInteger();
		for (int i = 0; i < 16; i++) {
			Thread t = new Thread(() -> {
				login("demo");
				signedIn.incrementAndGet();
			});
			callers.add(t);
			t.start();
		}
		// one caller checks the password (held), the fifteen others wait (parked) for its
		// outcome
		await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> this.checks.get() == 1
					&& callers.stream().filter((t) -> t.getState() == Thread.State.WAITING).count() == 15);
		this.held.countDown();
		for (Thread t : callers) {
			t.join(20_000);
		}

		assertThat(signedIn).hasValue(16);
		assertThat(this.checks).hasValue(1);
	}

	@Test
	void shouldLetEachCallerFailOnItsOwnWhenThePasswordIsWrong() throws Exception {
		this.held = new CountDownLatch(1);
		List<Thread> callers = new ArrayList<>();
		AtomicInteger refused = new AtomicInteger();
		for (int i = 0; i < 4; i++) {
			Thread t = new Thread(() -> {
				try {
					login("wrong");
				}
				catch (BadCredentialsException ex) {
					refused.incrementAndGet();
				}
			});
			callers.add(t);
			t.start();
		}
		await().atMost(java.time.Duration.ofSeconds(20)).until(() -> this.checks.get() >= 1);
		this.held.countDown();
		for (Thread t : callers) {
			t.join(20_000);
		}

		assertThat(refused).hasValue(4);
	}

	@Test
	void shouldForgetARememberedPasswordWhenThePasswordWasChangedOrReset() {
		login("demo");
		this.hash.set(this.bcrypt.encode("a new long password"));

		assertThatThrownBy(() -> login("demo")).isInstanceOf(BadCredentialsException.class);
		login("a new long password");
		login("a new long password");
		assertThat(this.checks).hasValue(3);
	}

	@Test
	void shouldRefuseAnUnknownAccountTheUsualWayWhenAsked() {
		UserDetailsService nobody = (name) -> {
			throw new org.springframework.security.core.userdetails.UsernameNotFoundException(name);
		};
		VerifiedCredentials strict = new VerifiedCredentials(nobody, this.counting, this.clock);
		assertThatThrownBy(
				() -> strict.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("ghost", "demo")))
			.isInstanceOf(BadCredentialsException.class);
	}

	private void login(String password) {
		var result = this.credentials
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("alice", password));
		assertThat(result.isAuthenticated()).isTrue();
	}

}
