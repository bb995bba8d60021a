package org.ecs.core.participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: long (12 characters at least, as for the first administrator),
 * not absurdly long (BCrypt reads 72 bytes), not the username, not one character
 * repeated, and not one of the passwords every guesser tries first.
 */
public final class PasswordRules {

	public static final int MIN = 12;

	public static final int MAX = 128;

	/** The most common passwords of 12 characters or more in published breach lists. */
	static final Set<String> COMMON = Set.of("123456789012", "1234567890123", "12345678901234", "password1234",
			"password12345", "qwertyuiopas", "qwerty123456", "123456789abc", "1q2w3e4r5t6y", "iloveyou1234",
			"passwordpassword", "administrator", "qwertyuiop123", "abcdefghijkl", "abc123456789", "welcome12345",
			"changeme1234", "letmein12345", "111111111111", "000000000000", "aaaaaaaaaaaa", "1qaz2wsx3edc",
			"zaq12wsxcde3", "123123123123", "987654321098");

	private PasswordRules() {
	}

	public static List<String> problems(String username, String password) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.length() < MIN) {
			problems.add("password: at least " + MIN + " characters.");
			return problems;
		}
		if (password.length() > MAX) {
			problems.add("password: at most " + MAX + " characters.");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
			problems.add("password: must not contain your username.");
		}
		if (password.chars().distinct().count() < 4) {
			problems.add("password: use more than three different characters.");
		}
		if (COMMON.contains(lower)) {
			problems.add("password: this is one of the first passwords anyone would guess.");
		}
		return problems;
	}

}
