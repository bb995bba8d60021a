package org.ecs.core.participant;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ecs.core.text.InputText;
import org.ecs.core.text.Said;

/**
 * A person as a focal point nominates them (from the form, a CSV row or the API). The
 * constructor tidies what was typed; {@link #problems()} says what is still wrong, each
 * sentence naming its field.
 *
 * @param username the sign-in name wished for, or null to derive one from the name
 * @param stateCode the State or organisation; a focal point's own when null
 * @param language the language ECS writes to them in (one of the six)
 * @param languages the languages they work in
 * @param expertise their fields of expertise, as short tags
 * @param timeZone an IANA time zone, UTC when null
 */
public record Nominee(String displayName, String title, String email, String faxNumber, String phone, String stateCode,
		Level level, String language, List<String> languages, List<String> expertise, String timeZone,
		String username) {

	public static final Set<String> UN_LANGUAGES = Set.of("ar", "zh", "en", "fr", "ru", "es");

	public static final int MAX_TAGS = 20;

	public Nominee {
		displayName = clean(displayName);
		title = clean(title);
		email = clean(email);
		faxNumber = (clean(faxNumber) == null) ? null : faxNumber.replaceAll("[\\s().-]", "");
		phone = clean(phone);
		stateCode = (clean(stateCode) == null) ? null : stateCode.strip().toUpperCase(Locale.ROOT);
		language = (clean(language) == null) ? "en" : language.strip().toLowerCase(Locale.ROOT);
		languages = tags(languages);
		expertise = tags(expertise);
		timeZone = (clean(timeZone) == null) ? "UTC" : timeZone.strip();
		username = (clean(username) == null) ? null : username.strip().toLowerCase(Locale.ROOT);
	}

	/** The same person, of this State. */
	public Nominee withState(String code) {
		return new Nominee(this.displayName, this.title, this.email, this.faxNumber, this.phone, code, this.level,
				this.language, this.languages, this.expertise, this.timeZone, this.username);
	}

	/** What must be corrected before the nomination is taken; empty when nothing. */
	public List<String> problems() {
		return said().stream().map(Said::english).toList();
	}

	/** {@link #problems()} as sentences pages say in the reader's language. */
	public List<Said> said() {
		List<Said> problems = new ArrayList<>();
		if (this.displayName == null) {
			problems.add(Said.said("problem.nominee.name", "name: write the person's name."));
		}
		else if (this.displayName.length() > 200) {
			problems.add(Said.said("problem.nominee.name-long", "name: at most 200 characters.", 200));
		}
		if (this.title != null && this.title.length() > 200) {
			problems.add(Said.said("problem.nominee.title-long", "title: at most 200 characters.", 200));
		}
		if (this.email == null && this.faxNumber == null) {
			problems.add(Said.said("problem.nominee.reach",
					"email: give an email address or a fax number, so the invitation can reach them."));
		}
		if (this.email != null && (this.email.length() > 254
				|| !this.email.matches("[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;]+"))) {
			problems.add(Said.said("problem.nominee.email", "email: " + this.email + " is not an email address.",
					this.email));
		}
		if (this.faxNumber != null && !this.faxNumber.matches("\\+[1-9][0-9]{6,14}")) {
			problems.add(Said.said("problem.nominee.fax",
					"fax: write the number in international form, e.g. +43 1 26030 6200."));
		}
		if (this.phone != null && !this.phone.matches("\\+?[0-9 ()./-]{6,32}")) {
			problems.add(Said.said("problem.nominee.phone", "phone: write digits, spaces and an optional leading +."));
		}
		if (this.level == null) {
			problems.add(Said.said("problem.nominee.level", "level: choose FULL or MONITORING."));
		}
		if (!UN_LANGUAGES.contains(this.language)) {
			problems.add(Said.said("problem.nominee.language", "language: one of ar, zh, en, fr, ru, es."));
		}
		for (String l : this.languages) {
			if (!l.matches("[a-z]{2,3}")) {
				problems.add(Said.said("problem.nominee.languages",
						"languages: " + l + " is not a language code (two or three letters, e.g. en, fr).", l));
			}
		}
		if (this.expertise.size() > MAX_TAGS) {
			problems.add(Said.said("problem.nominee.expertise-many", "expertise: at most " + MAX_TAGS + " fields.",
					MAX_TAGS));
		}
		for (String e : this.expertise) {
			if (e.length() > 60 || !e.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} &/+-]*")) {
				problems.add(Said.said("problem.nominee.expertise",
						"expertise: \"" + e + "\" is not a short field name (letters, digits, spaces).", e));
			}
		}
		try {
			ZoneId.of(this.timeZone);
		}
		catch (DateTimeException ex) {
			problems.add(Said.said("problem.nominee.time-zone",
					"timeZone: " + this.timeZone + " is not a time zone (e.g. Europe/Vienna, UTC).", this.timeZone));
		}
		if (this.username != null && !this.username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
			problems.add(Said.said("problem.nominee.username",
					"username: 2 to 64 of a-z, 0-9, '.', '_' and '-', starting with a letter or digit."));
		}
		for (var field : List.of(List.of("name", String.valueOf(this.displayName)),
				List.of("title", String.valueOf(this.title)), List.of("phone", String.valueOf(this.phone)))) {
			InputText.said(field.get(0), field.get(1)).ifPresent(problems::add);
		}
		return problems;
	}

	/** The channels they are reached on: the web, and email or fax when given. */
	public Set<Channel> channels() {
		Set<Channel> channels = new LinkedHashSet<>(List.of(Channel.WEB));
		if (this.email != null) {
			channels.add(Channel.EMAIL);
		}
		if (this.faxNumber != null) {
			channels.add(Channel.FAX);
		}
		return channels;
	}

	private static String clean(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

	private static List<String> tags(List<String> values) {
		if (values == null) {
			return List.of();
		}
		Set<String> tags = new LinkedHashSet<>();
		for (String v : values) {
			if (v != null && !v.isBlank()) {
				tags.add(v.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
			}
		}
		return List.copyOf(tags);
	}

	/** Splits a list typed as text ("seismology; radionuclides, infrasound"). */
	public static List<String> split(String text) {
		return (text == null) ? List.of() : List.of(text.split("[;,|]"));
	}

}
