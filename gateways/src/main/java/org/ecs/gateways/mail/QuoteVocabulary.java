package org.ecs.gateways.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words mail clients write around quoted text (wrote, On, Original Message, From,
 * Sent from my iPhone, ...), per language, read from
 * {@code quotes/words_<language>.properties} beside this class. Each value lists literal
 * texts separated by {@code " | "}. Adding a language is adding a file and naming it in
 * {@link #LANGUAGES}.
 */
final class QuoteVocabulary {

	/** The languages that have a file, in the order their words are tried. */
	static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "ar", "zh", "de", "pt", "ja", "it", "nl",
			"pl", "cs", "sv", "no", "da", "fi", "hu", "tr", "uk", "el", "he", "ko", "hi", "id", "vi", "fa");

	private static final QuoteVocabulary INSTANCE = load();

	/** Per language, per key, the texts. */
	private final Map<String, Map<String, List<String>>> words;

	private QuoteVocabulary(Map<String, Map<String, List<String>>> words) {
		this.words = words;
	}

	static QuoteVocabulary get() {
		return INSTANCE;
	}

	private static QuoteVocabulary load() {
		Map<String, Map<String, List<String>>> words = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			String name = "quotes/words_" + language + ".properties";
			try (InputStream in = QuoteVocabulary.class.getResourceAsStream(name)) {
				if (in == null) {
					throw new IllegalStateException("missing " + name);
				}
				Properties properties = new Properties();
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				Map<String, List<String>> keyed = new LinkedHashMap<>();
				for (String key : properties.stringPropertyNames()) {
					List<String> texts = new ArrayList<>();
					for (String text : properties.getProperty(key).split("\\s\\|\\s")) {
						if (!text.isBlank()) {
							texts.add(text.strip());
						}
					}
					keyed.put(key, List.copyOf(texts));
				}
				words.put(language, keyed);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return new QuoteVocabulary(words);
	}

	/** The texts of {@code key} in every language, without duplicates. */
	List<String> all(String key) {
		Set<String> all = new LinkedHashSet<>();
		for (Map<String, List<String>> keyed : this.words.values()) {
			all.addAll(keyed.getOrDefault(key, List.of()));
		}
		return List.copyOf(all);
	}

	/** The texts of {@code key} in one language. */
	List<String> of(String language, String key) {
		return this.words.getOrDefault(language, Map.of()).getOrDefault(key, List.of());
	}

	boolean has(String key) {
		return this.words.values().stream().anyMatch((keyed) -> keyed.containsKey(key));
	}

	/**
	 * The texts of {@code key} in every language as a regular-expression alternation (no
	 * group), longest first; a space matches any run of horizontal blanks, {@code {any}}
	 * any short text and {@code {app}} an app or device name.
	 */
	String alternation(String key) {
		return all(key).stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(this::regex)
			.collect(Collectors.joining("|"));
	}

	String regex(String text) {
		StringBuilder regex = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			if (text.startsWith("{any}", i)) {
				regex.append(".{1,80}");
				i += 5;
			}
			else if (text.startsWith("{app}", i)) {
				// a name starts with a capital (iPhone, iPad: a lower-case i first), a
				// digit or a device word, and is a few words at most
				regex.append("(?:(?-i:\\p{Lu}|i\\p{Lu}|\\p{N})|(?:")
					.append(alternation("device"))
					.append(")(?!\\p{L}))\\S*(?:\\h+\\S+){0,6}");
				i += 5;
			}
			else if (Character.isWhitespace(text.charAt(i))) {
				regex.append("\\h+");
				while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
					i++;
				}
			}
			else {
				int end = i;
				while (end < text.length() && !Character.isWhitespace(text.charAt(end))
						&& !text.startsWith("{any}", end) && !text.startsWith("{app}", end)) {
					end++;
				}
				regex.append(Pattern.quote(text.substring(i, end)));
				i = end;
			}
		}
		return regex.toString();
	}

	/**
	 * The longest piece without blanks or placeholders of each text of {@code key}: a
	 * line holding the text holds that piece, so it gates the patterns cheaply.
	 */
	List<String> gateWords(String key) {
		Set<String> pieces = new LinkedHashSet<>();
		for (String text : all(key)) {
			String longest = "";
			for (String piece : text.split("\\s+|\\{any\\}|\\{app\\}")) {
				if (piece.length() > longest.length()) {
					longest = piece;
				}
			}
			if (!longest.isEmpty()) {
				pieces.add(longest);
			}
		}
		return List.copyOf(pieces);
	}

}
