package org.ecs.core.participant;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

import org.passay.DictionaryRule;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharacterRegexRule;
import org.passay.ResourceBundleMessageResolver;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * What a password must be, checked by Passay: 12 to 128 characters (BCrypt reads 72
 * bytes; the first administrator's too), not the username (nor it backwards), not one of
 * the 10,000 most common passwords (also once the digits and signs added at its end are
 * taken off: "password1234"), no character five times in a row, no run of six letters,
 * digits or keys in order ("abcdef", "123456", "qwerty"). The problems are told in the
 * person's language, from the {@value #BUNDLE} bundle keyed by Passay's error codes.
 */
public final class PasswordRules {

	public static final int MIN = 12;

	public static final int MAX = 128;

	static final String BUNDLE = "org.ecs.core.participant.password-rules";

	/** Where the common passwords come from: see README ("Why each dependency"). */
	static final String COMMON_PASSWORDS = "common-passwords.txt";

	/** A run of this many letters, digits or keys in order is refused. */
	static final int SEQUENCE = 6;

	/** This many times the same character in a row is refused. */
	static final int REPEATED = 5;

	/** The error codes the rules give, each a key of the bundle. */
	static final List<String> CODES = List.of(LengthRule.ERROR_CODE_MIN, LengthRule.ERROR_CODE_MAX,
			UsernameRule.ERROR_CODE, UsernameRule.ERROR_CODE_REVERSED, DictionaryRule.ERROR_CODE, "ILLEGAL_MATCH",
			EnglishSequenceData.Alphabetical.getErrorCode(), EnglishSequenceData.Numerical.getErrorCode(),
			EnglishSequenceData.USQwerty.getErrorCode());

	private static final WordListDictionary COMMON = new WordListDictionary(commonPasswords());

	private static final DictionaryRule COMMON_RULE = new DictionaryRule(COMMON);

	private static final PasswordValidator VALIDATOR = new PasswordValidator(new LengthRule(MIN, MAX),
			new UsernameRule(true, true), COMMON_RULE, new RepeatCharacterRegexRule(REPEATED),
			new IllegalSequenceRule(EnglishSequenceData.Alphabetical, SEQUENCE, false),
			new IllegalSequenceRule(EnglishSequenceData.Numerical, SEQUENCE, false),
			new IllegalSequenceRule(EnglishSequenceData.USQwerty, SEQUENCE, false));

	private PasswordRules() {
	}

	/** The problems with this password, in the language of the current request. */
	public static List<String> problems(String username, String password) {
		return problems(username, password, LocaleContextHolder.getLocale());
	}

	/**
	 * The problems with this password, in this language (English when ECS has not it).
	 */
	public static List<String> problems(String username, String password, Locale locale) {
		ResourceBundleMessageResolver texts = new ResourceBundleMessageResolver(texts(locale));
		return check(username, password).stream().map(texts::resolve).distinct().toList();
	}

	/** What Passay finds wrong, as error codes with their values; empty when good. */
	static List<RuleResultDetail> check(String username, String password) {
		String candidate = (password == null) ? "" : password;
		// a username of one or two letters would refuse half of all passphrases
		String user = (username == null || username.strip().length() < 3) ? "" : username.strip();
		RuleResult result = VALIDATOR.validate(new PasswordData(user, candidate));
		List<RuleResultDetail> details = new ArrayList<>(result.getDetails());
		String unpadded = candidate.replaceAll("[\\d\\p{Punct}\\s]+$", "");
		if (details.stream().noneMatch((d) -> DictionaryRule.ERROR_CODE.equals(d.getErrorCode())) && !unpadded.isEmpty()
				&& !unpadded.equals(candidate)) {
			details.addAll(COMMON_RULE.validate(new PasswordData(unpadded)).getDetails());
		}
		if (details.stream().anyMatch((d) -> LengthRule.ERROR_CODE_MIN.equals(d.getErrorCode()))) {
			// too short says it all; the rest would only guess at a password not written
			// yet
			return details.stream().filter((d) -> LengthRule.ERROR_CODE_MIN.equals(d.getErrorCode())).toList();
		}
		return details;
	}

	/** How many common passwords the list holds. */
	static long commonPasswordCount() {
		return COMMON.size();
	}

	static ResourceBundle texts(Locale locale) {
		ResourceBundle.Control noFallback = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
		try {
			return ResourceBundle.getBundle(BUNDLE, locale, noFallback);
		}
		catch (MissingResourceException ex) {
			return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, noFallback);
		}
	}

	private static org.passay.dictionary.ArrayWordList commonPasswords() {
		try (InputStream in = PasswordRules.class.getResourceAsStream(COMMON_PASSWORDS)) {
			if (in == null) {
				throw new IllegalStateException("The list of common passwords is missing: " + COMMON_PASSWORDS);
			}
			Set<String> words = new LinkedHashSet<>();
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				List<String> read = new ArrayList<>();
				WordLists.readWords(reader, read);
				read.stream().map(String::strip).filter((w) -> !w.isEmpty()).forEach(words::add);
			}
			return new org.passay.dictionary.ArrayWordList(words.toArray(String[]::new), false, new ArraysSort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
