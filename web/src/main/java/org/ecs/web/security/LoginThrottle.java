package org.ecs.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.ecs.core.security.SecurityEvents;
import org.ecs.core.text.InputText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Guesses against passwords are counted per account and per client address; past the
 * limit, sign-ins for that account or from that address are refused for a while
 * <em>before</em> any password is hashed, so a flood of guesses costs no BCrypt. Failures
 * and lockouts go to the security audit trail. Wraps whatever checks the password (the
 * pages' and the API's providers alike).
 */
final class LoginThrottle implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	/** Keys remembered at most; past it, only failures of keys already known count. */
	static final int MAX_KEYS = 50_000;

	private final AuthenticationProvider delegate;

	private final SecurityEvents audit;

	private final Clock clock;

	private final SignInLimits limits;

	private final Map<String, Counter> accounts = new ConcurrentHashMap<>();

	private final Map<String, Counter> addresses = new ConcurrentHashMap<>();

	LoginThrottle(AuthenticationProvider delegate, SecurityEvents audit, Clock clock, SignInLimits limits) {
		this.delegate = delegate;
		this.audit = audit;
		this.clock = clock;
		this.limits = limits;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = account(authentication.getName());
		String address = address(authentication);
		Instant now = this.clock.instant();
		Optional<Instant> until = lockedUntil(this.accounts.get(username), now)
			.or(() -> lockedUntil(this.addresses.get(address), now));
		if (until.isPresent()) {
			throw new Throttled(Duration.between(now, until.get()));
		}
		try {
			if (InputText.keyProblem("username", authentication.getName()).isPresent()) {
				// no account has such a name: not worth a database query, but a guess all
				// the
				// same
				throw new BadCredentialsException("Bad credentials");
			}
			Authentication result = this.delegate.authenticate(authentication);
			if (result != null) {
				this.accounts.remove(username);
			}
			return result;
		}
		catch (BadCredentialsException ex) {
			failed(username, address, now);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private void failed(String username, String address, Instant now) {
		record(SecurityEvents.Kind.SIGN_IN_FAILED, username, address, "wrong password or unknown account", now);
		if (count(this.accounts, username, this.limits.perAccount(), now)) {
			record(SecurityEvents.Kind.LOCKED_OUT, username, address, "account locked for "
					+ this.limits.lockout().toMinutes() + " min after " + this.limits.perAccount() + " failures", now);
		}
		if (count(this.addresses, address, this.limits.perAddress(), now)) {
			record(SecurityEvents.Kind.LOCKED_OUT, username, address, "address locked for "
					+ this.limits.lockout().toMinutes() + " min after " + this.limits.perAddress() + " failures", now);
		}
	}

	/** Counts one failure; true when it starts a lockout. */
	private boolean count(Map<String, Counter> counters, String key, int limit, Instant now) {
		Counter counter = counters.get(key);
		if (counter == null) {
			if (counters.size() >= MAX_KEYS) {
				counters.values().removeIf((c) -> c.isIdle(now));
			}
			if (counters.size() >= MAX_KEYS) {
				return false;
			}
			counter = counters.computeIfAbsent(key, (k) -> new Counter(limit, this.limits, this.clock));
		}
		return counter.fail(now, this.limits.lockout());
	}

	private static Optional<Instant> lockedUntil(Counter counter, Instant now) {
		return (counter == null) ? Optional.empty() : counter.lockedUntil(now);
	}

	private void record(SecurityEvents.Kind kind, String username, String address, String detail, Instant now) {
		try {
			this.audit.record(kind, username, address, detail, now);
		}
		catch (RuntimeException ex) {
			// the audit trail must not turn a refused sign-in into an error page
			log.warn("Could not record {} of {} from {}: {}", kind, username, address, ex.toString());
		}
	}

	private static String account(String name) {
		return (name == null) ? "" : name.strip().toLowerCase(Locale.ROOT);
	}

	private static String address(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}

	/**
	 * Failures of one account or address: a token bucket refilled over the window, and
	 * the end of the lockout once it ran dry.
	 */
	private static final class Counter {

		private final Bucket bucket;

		private final int limit;

		private volatile Instant lockedUntil;

		Counter(int limit, SignInLimits limits, Clock clock) {
			this.limit = limit;
			this.bucket = Bucket.builder()
				.addLimit((l) -> l.capacity(limit).refillGreedy(limit, limits.window()))
				.withCustomTimePrecision(new ClockTime(clock))
				.build();
		}

		synchronized boolean fail(Instant now, Duration lockout) {
			if (this.bucket.tryConsume(1) && this.bucket.getAvailableTokens() > 0) {
				return false;
			}
			boolean starts = this.lockedUntil == null || !now.isBefore(this.lockedUntil);
			this.lockedUntil = now.plus(lockout);
			return starts;
		}

		Optional<Instant> lockedUntil(Instant now) {
			Instant until = this.lockedUntil;
			return (until != null && now.isBefore(until)) ? Optional.of(until) : Optional.empty();
		}

		boolean isIdle(Instant now) {
			return lockedUntil(now).isEmpty() && this.bucket.getAvailableTokens() >= this.limit;
		}

	}

	/** Bucket4j on the application's clock, so tests can move time. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = this.clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

	/**
	 * Refused without looking at the password: too many recent failures for the account
	 * or from the address. A LockedException, so no other provider is asked either.
	 */
	static final class Throttled extends LockedException {

		private final Duration retryAfter;

		Throttled(Duration retryAfter) {
			super("Too many failed sign-ins; try again in " + minutes(retryAfter) + " min.");
			this.retryAfter = retryAfter;
		}

		Duration retryAfter() {
			return this.retryAfter;
		}

		static long minutes(Duration d) {
			return Math.max(1, (d.getSeconds() + 59) / 60);
		}

	}

	static Optional<Throttled> throttled(AuthenticationException ex) {
		return (ex instanceof Throttled t) ? Optional.of(t) : Optional.empty();
	}

}
