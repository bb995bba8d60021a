package org.ecs.config;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecs.core.participant.ParticipantDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How the language tests decide that English is left on a page shown in another language:
 * a text of the English bundle (three words or more) that is not also the translated
 * text, or an English word that is no word of the other languages, found in the page's
 * own text — once what people wrote (marked {@link #PEOPLES_TEXT}) and people's, States'
 * and discussions' names are taken out, since those may be in any language.
 */
final class EnglishLeft {

	/**
	 * English words that are no French (nor Arabic) word: one of them outside what people
	 * wrote is a text left untranslated.
	 */
	static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "are", "was", "were", "your", "you",
			"with", "from", "this", "that", "not", "for", "has", "have", "been", "will", "by", "at", "an", "or", "it",
			"its", "be", "delivered", "sent", "failed", "waiting", "retry", "attempt", "next", "approved", "rejected",
			"pending", "unread", "new", "yet", "there", "here", "which", "who", "what", "when", "please", "save",
			"cancel", "back", "home", "sign", "log", "out", "password", "people", "person", "review", "settings",
			"inbox", "search", "meetings", "launch", "invite", "invited", "deadline", "open", "closed", "received",
			"published", "edited", "coordinator", "reply", "send", "subject", "language", "channels", "days", "hours",
			"ago", "today", "mail", "sandbox", "reason", "nothing", "choose", "everyone", "states", "roles", "read",
			"mark", "all", "error", "found", "allowed", "sorry");

	/**
	 * The parts of a page that are what people wrote, or not the page's language on
	 * purpose (the language switcher names each language in itself): a CSS selector.
	 */
	static final String PEOPLES_TEXT = "[dir=auto], .languages, script, style, textarea, select, input, .who, .author";

	/**
	 * Texts that name, in any language, things typed as they are (a file's column names):
	 * their translation is the page's text whatever English words it quotes.
	 */
	static final Set<String> AS_TYPED = Set.of("nominations.csv.help");

	/**
	 * A word: letters, not part of a code of letters and digits (a serial number, an id).
	 */
	/** Words of the list that are words of a language too ("error" in Spanish). */
	static final Map<String, Set<String>> ALSO_WORDS_OF = Map.of("es", Set.of("error"));

	private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}+(?![\\p{L}\\p{N}])");

	private final Properties english;

	private final Properties translated;

	private final Set<String> ownWords;

	private EnglishLeft(Properties english, Properties translated, Set<String> ownWords) {
		this.english = english;
		this.translated = translated;
		this.ownWords = ownWords;
	}

	/** The check for pages in this language ("fr", "ar", …). */
	static EnglishLeft in(String language) throws IOException {
		return new EnglishLeft(Browsers.bundle(""), Browsers.bundle("_" + language),
				ALSO_WORDS_OF.getOrDefault(language, Set.of()));
	}

	/**
	 * What the page may show in any language: these texts, and the names of people,
	 * States and discussions.
	 */
	static List<String> names(ParticipantDirectory directory, JdbcClient jdbc, Collection<String> peoplesText) {
		List<String> names = new ArrayList<>(peoplesText);
		directory.all().forEach((p) -> names.add(p.displayName()));
		directory.states().forEach((s) -> names.add(s.name()));
		names.addAll(jdbc.sql("select title from discussion").query(String.class).list());
		names.addAll(jdbc.sql("""
				select t from (select title as t from meeting union select session from meeting
				union select venue from meeting union select room from meeting
				union select status_reason from meeting union select contact from meeting
				union select title from meeting_agenda_item) texts where t is not null""").query(String.class).list());
		names.sort(Comparator.comparing(String::length).reversed());
		return names;
	}

	/** These names and the texts of {@link #AS_TYPED} in this language, longest first. */
	List<String> with(List<String> names) {
		List<String> all = new ArrayList<>(names);
		AS_TYPED.forEach((key) -> all.add(this.translated.getProperty(key, "")));
		all.sort(Comparator.comparing(String::length).reversed());
		return all;
	}

	/** The text with the names (longest first, as {@link #names} gives them) blanked. */
	static String without(String text, List<String> names) {
		for (String name : names) {
			if (!name.isBlank()) {
				text = text.replace(name, " ");
			}
		}
		return text;
	}

	/**
	 * The English found in the text: a missing key, bundle texts left in English, English
	 * words; empty when there is none.
	 */
	List<String> find(String text) {
		List<String> problems = new ArrayList<>(phrases(text));
		Set<String> words = words(text);
		if (!words.isEmpty()) {
			problems.add("English words " + words + " in: " + text.replaceAll("\\s+", " ").strip());
		}
		return problems;
	}

	/** A missing key, and the texts of the English bundle left in English. */
	List<String> phrases(String text) {
		List<String> problems = new ArrayList<>();
		if (text.contains("??")) {
			problems.add("a key is missing: "
					+ text.substring(text.indexOf("??"), Math.min(text.length(), text.indexOf("??") + 60)));
		}
		for (String key : this.english.stringPropertyNames()) {
			String value = this.english.getProperty(key);
			if (value.split(" ").length >= 3 && !value.contains("{") && !value.equals(this.translated.getProperty(key))
					&& text.contains(value)) {
				problems.add("English left: " + key + " = " + value);
			}
		}
		return problems;
	}

	/** The English words of the text (that are no words of the language). */
	Set<String> words(String text) {
		Set<String> words = new LinkedHashSet<>();
		Matcher m = WORD.matcher(text);
		while (m.find()) {
			String word = m.group().toLowerCase(Locale.ROOT);
			if (ENGLISH.contains(word) && !this.ownWords.contains(word)) {
				words.add(m.group());
			}
		}
		return words;
	}

}
