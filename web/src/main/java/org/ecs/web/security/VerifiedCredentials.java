package org.ecs.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic for scripts without paying BCrypt on every call: a password verified once is
 * remembered for a short while, as an HMAC under a key that lives only in this process
 * (no password is kept), over the account's stored hash too. The account is still loaded
 * on every call, so a deactivated participant is refused at once, and a password changed
 * or reset makes the old one fail at once. Calls that arrive together with the same
 * credentials (a script starting 32 clients) wait for one check instead of each paying
 * BCrypt.
 */
final class VerifiedCredentials implements AuthenticationProvider {

	static final Duration TTL = Duration.ofMinutes(2);

	static final int MAX_ENTRIES = 10_000;

	private final DaoAuthenticationProvider verifier;

	private final PasswordEncoder passwords;

	private final UserDetailsService users;

	private final Clock clock;

	private final byte[] key = new byte[32];

	/**
	 * Compared with when the account cannot sign in at all, made once when first needed.
	 */
	private volatile String unknownAccountHash;

	private final Map<String, Instant> verified = new ConcurrentHashMap<>();

	/** Checks under way, by mark: completed true when the password was right. */
	private final Map<String, CompletableFuture<Boolean>> checking = new ConcurrentHashMap<>();

	VerifiedCredentials(UserDetailsService users, PasswordEncoder passwords, Clock clock) {
		this.users = users;
		this.clock = clock;
		this.verifier = new DaoAuthenticationProvider(users);
		this.verifier.setPasswordEncoder(passwords);
		this.passwords = passwords;
		new SecureRandom().nextBytes(this.key);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		UserDetails user;
		try {
			user = this.users.loadUserByUsername(username);
		}
		catch (UsernameNotFoundException ex) {
			// refused the usual way (no hint that the name is unknown)
			return this.verifier.authenticate(authentication);
		}
		if (!user.isEnabled()) {
			// refused, but only after as long a check as a wrong password or an unknown
			// name costs: the time of the answer must not tell which accounts exist and
			// were suspended or withdrawn
			try {
				this.passwords.matches(password, unknownAccountHash());
			}
			catch (IllegalArgumentException ex) {
				// a password no hash takes (BCrypt reads 72 bytes): refused all the same
			}
			throw new DisabledException("Account disabled");
		}
		// over the stored hash too: a password changed or reset forgets the old one at
		// once
		String mark = mark(username, password, user.getPassword());
		if (remembered(mark)) {
			return fromAccount(user, mark);
		}
		CompletableFuture<Boolean> mine = new CompletableFuture<>();
		CompletableFuture<Boolean> other = this.checking.putIfAbsent(mark, mine);
		if (other != null && other.join() && remembered(mark)) {
			return fromAccount(user, mark);
		}
		try {
			Authentication result = verify(authentication, user);
			if (this.verified.size() >= MAX_ENTRIES) {
				this.verified.clear();
			}
			this.verified.put(mark, this.clock.instant().plus(TTL));
			mine.complete(true);
			return result;
		}
		finally {
			mine.complete(false);
			this.checking.remove(mark, mine);
		}
	}

	private String unknownAccountHash() {
		String hash = this.unknownAccountHash;
		if (hash == null) {
			hash = this.passwords.encode("no account: " + HexFormat.of().formatHex(this.key, 0, 12));
			this.unknownAccountHash = hash;
		}
		return hash;
	}

	private boolean remembered(String mark) {
		Instant until = this.verified.get(mark);
		return until != null && this.clock.instant().isBefore(until);
	}

	private Authentication fromAccount(UserDetails user, String mark) {
		if (!user.isEnabled() || !user.isAccountNonLocked()) {
			this.verified.remove(mark);
			throw new DisabledException("Account disabled");
		}
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	/**
	 * The full check (BCrypt) against the account as loaded above: read once per call.
	 */
	private Authentication verify(Authentication authentication, UserDetails user) {
		DaoAuthenticationProvider once = new DaoAuthenticationProvider((name) -> user);
		once.setPasswordEncoder(this.passwords);
		return once.authenticate(authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private String mark(String username, String password, String storedHash) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return HexFormat.of()
				.formatHex(
						mac.doFinal((username + '\0' + password + '\0' + storedHash).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
