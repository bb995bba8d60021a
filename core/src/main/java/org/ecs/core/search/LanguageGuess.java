package org.ecs.core.search;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * Which of the six languages a text is in: Arabic, Chinese and Russian by their scripts;
 * English, French and Spanish (one script) by how many of each language's stop words
 * (Lucene's lists) the text uses. Enough to choose how to index a comment and to notice a
 * version uploaded under the wrong language; not a general language identifier.
 */
public final class LanguageGuess {

	/** Fewer letters than this tell nothing reliable. */
	static final int MIN_LETTERS = 40;

	private static final Map<String, CharArraySet> STOP_WORDS = Map.of("en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
			"fr", FrenchAnalyzer.getDefaultStopSet(), "es", SpanishAnalyzer.getDefaultStopSet());

	private LanguageGuess() {
	}

	/** The language, or empty when the text is too short or unclear. */
	public static Optional<String> of(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String sample = (text.length() > 20_000) ? text.substring(0, 20_000) : text;
		int latin = 0;
		int cyrillic = 0;
		int arabic = 0;
		int han = 0;
		for (int i = 0; i < sample.length(); i++) {
			char c = sample.charAt(i);
			if (!Character.isLetter(c)) {
				continue;
			}
			Character.UnicodeScript script = Character.UnicodeScript.of(c);
			switch (script) {
				case LATIN -> latin++;
				case CYRILLIC -> cyrillic++;
				case ARABIC -> arabic++;
				case HAN -> han++;
				default -> {
				}
			}
		}
		int letters = latin + cyrillic + arabic + han;
		// Chinese packs a word into one or two characters
		if (han * 4 >= MIN_LETTERS && han * 3 >= letters) {
			return Optional.of("zh");
		}
		if (letters < MIN_LETTERS) {
			return Optional.empty();
		}
		if (cyrillic * 2 > letters) {
			return Optional.of("ru");
		}
		if (arabic * 2 > letters) {
			return Optional.of("ar");
		}
		if (latin * 2 <= letters) {
			return Optional.empty();
		}
		String best = null;
		int bestCount = 0;
		int second = 0;
		String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
		for (var entry : STOP_WORDS.entrySet()) {
			int count = 0;
			for (String w : words) {
				if (!w.isEmpty() && entry.getValue().contains(w)) {
					count++;
				}
			}
			if (count > bestCount) {
				second = bestCount;
				bestCount = count;
				best = entry.getKey();
			}
			else if (count > second) {
				second = count;
			}
		}
		// a clear lead, not a tie between words the languages share ("a", "de", "la")
		return (best != null && bestCount >= 3 && bestCount > second * 1.3) ? Optional.of(best) : Optional.empty();
	}

}
