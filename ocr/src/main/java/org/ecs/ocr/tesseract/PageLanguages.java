package org.ecs.ocr.tesseract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Which language a page is written in, from what is on it: the script Tesseract's
 * orientation and script detection saw gives the candidate languages
 * ({@code scripts.properties}), and among several of one script (Latin) the one whose
 * commonest words the page holds most ({@code function-words.properties}). Both are data
 * beside this class, so that a language is added in one place.
 */
final class PageLanguages {

	/** Common words of one language a few lines must hold to tell it. */
	private static final int SURE_HITS = 4;

	private final Map<String, List<String>> byScript;

	private final Map<String, Set<String>> words;

	PageLanguages(Map<String, List<String>> byScript, Map<String, Set<String>> words) {
		this.byScript = Map.copyOf(byScript);
		this.words = Map.copyOf(words);
	}

	static PageLanguages load() {
		Map<String, List<String>> byScript = new HashMap<>();
		read("scripts.properties").forEach((script, languages) -> byScript.put(script.toString(),
				Arrays.stream(languages.toString().split(",")).map(String::strip).toList()));
		Map<String, Set<String>> words = new HashMap<>();
		read("function-words.properties").forEach((language, list) -> words.put(language.toString(),
				Set.of(list.toString().strip().toLowerCase(Locale.ROOT).split("\\s+"))));
		return new PageLanguages(byScript, words);
	}

	/**
	 * @param script the script's name as Tesseract's detection gives it, or null
	 * @param allowed the languages that may be chosen, in order of preference
	 * @return the allowed languages of that script, preferred first; empty when the
	 * script is unknown or none of its languages is allowed
	 */
	List<String> ofScript(String script, Collection<String> allowed) {
		List<String> languages = (script != null) ? this.byScript.getOrDefault(script, List.of()) : List.of();
		List<String> candidates = new ArrayList<>();
		for (String language : allowed) {
			if (languages.contains(language)) {
				candidates.add(language);
			}
		}
		return candidates;
	}

	/**
	 * @param text what was read on (part of) the page
	 * @param candidates the languages it may be in, preferred first
	 * @return the candidate whose common words the text holds most; the first on a tie
	 */
	String byWords(String text, List<String> candidates) {
		Map<String, Integer> hits = hits(text, candidates);
		String best = candidates.get(0);
		for (String language : candidates) {
			if (hits.getOrDefault(language, 0) > hits.getOrDefault(best, 0)) {
				best = language;
			}
		}
		return best;
	}

	/**
	 * @param text what was read on a few lines of the page
	 * @param candidates the languages it may be in, preferred first
	 * @return the candidate whose common words the text holds most, when it holds at
	 * least {@value #SURE_HITS} of them and more than twice as many as any other's; null
	 * when the text does not tell so clearly (read more of the page)
	 */
	String surelyByWords(String text, List<String> candidates) {
		Map<String, Integer> hits = hits(text, candidates);
		String best = byWords(text, candidates);
		int most = hits.getOrDefault(best, 0);
		for (String language : candidates) {
			if (!language.equals(best) && hits.getOrDefault(language, 0) * 2 >= most) {
				return null;
			}
		}
		return (most >= SURE_HITS) ? best : null;
	}

	private Map<String, Integer> hits(String text, List<String> candidates) {
		Map<String, Integer> hits = new HashMap<>();
		for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
			for (String language : candidates) {
				if (this.words.getOrDefault(language, Set.of()).contains(token)) {
					hits.merge(language, 1, Integer::sum);
				}
			}
		}
		return hits;
	}

	Set<String> scripts() {
		return new HashSet<>(this.byScript.keySet());
	}

	private static Properties read(String name) {
		Properties properties = new Properties();
		try (InputStream in = PageLanguages.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + name);
			}
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
