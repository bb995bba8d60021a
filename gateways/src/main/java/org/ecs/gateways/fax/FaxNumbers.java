package org.ecs.gateways.fax;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Fax numbers to E.164. A fax machine's station id (TSI) is typed by hand on its keypad
 * and arrives with spaces, dots, labels such as {@code Fax:} or a company name, and the
 * international prefix {@code 00} instead of {@code +}; the caller id is often in
 * national form. Numbers without a country are read in the configured default region.
 */
public final class FaxNumbers {

	// digits and bracketed groups with the separators people type between them; an
	// unclosed
	// bracket ends the run, so "+41 22 555 01 23 (2 pages)" stops before "(2"
	private static final Pattern DIGIT_RUN = Pattern
		.compile("\\+?\\s?(?:\\(\\d{1,5}\\)|\\d)(?:[\\s.\\-/]{0,3}(?:\\(\\d{1,5}\\)|\\d))*");

	private static final int MIN_DIGITS = 5;

	private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

	private final String defaultRegion;

	/**
	 * @param defaultRegion the ISO 3166 region for numbers written without a country
	 * code, e.g. {@code CH} or {@code AT}
	 */
	public FaxNumbers(String defaultRegion) {
		String region = (defaultRegion != null) ? defaultRegion.trim().toUpperCase(Locale.ROOT) : "";
		if (!this.util.getSupportedRegions().contains(region)) {
			throw new IllegalArgumentException("Unknown default region for fax numbers: '" + defaultRegion + "'");
		}
		this.defaultRegion = region;
	}

	public String defaultRegion() {
		return this.defaultRegion;
	}

	/**
	 * The number in E.164 ({@code +41225550123}), or empty if the text holds no possible
	 * phone number.
	 * @param raw a TSI, caller id, or a number typed by a person
	 * @return the E.164 form
	 */
	public Optional<String> toE164(String raw) {
		return parse(raw).map((number) -> this.util.format(number, PhoneNumberFormat.E164));
	}

	/**
	 * Whether two written numbers are the same line, however each was written.
	 * @param a one number
	 * @param b another
	 * @return true if both normalise to the same E.164 number
	 */
	public boolean sameNumber(String a, String b) {
		Optional<String> left = toE164(a);
		return left.isPresent() && left.equals(toE164(b));
	}

	private Optional<PhoneNumber> parse(String raw) {
		if (raw == null) {
			return Optional.empty();
		}
		String candidate = longestDigitRun(raw);
		if (candidate == null) {
			return Optional.empty();
		}
		String compact = candidate.replaceAll("[^+\\d]", "");
		if (compact.startsWith("00")) {
			compact = "+" + compact.substring(2);
		}
		else if (compact.startsWith("+") && candidate.matches("\\+\\s*\\d{1,3}\\s*\\(0\\).*")) {
			// "+41 (0)22 ..." writes the national trunk prefix in brackets: it is not
			// dialled
			compact = "+" + candidate.replaceFirst("\\(0\\)", "").replaceAll("[^\\d]", "");
		}
		try {
			PhoneNumber number = this.util.parse(compact, this.defaultRegion);
			return this.util.isPossibleNumber(number) ? Optional.of(number) : Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	private static String longestDigitRun(String raw) {
		Matcher matcher = DIGIT_RUN.matcher(raw);
		String best = null;
		int bestDigits = 0;
		while (matcher.find()) {
			String run = matcher.group();
			int digits = (int) run.chars().filter(Character::isDigit).count();
			if (digits > bestDigits) {
				best = run;
				bestDigits = digits;
			}
		}
		return (bestDigits >= MIN_DIGITS) ? best : null;
	}

}
