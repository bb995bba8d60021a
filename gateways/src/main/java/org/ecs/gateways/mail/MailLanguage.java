package org.ecs.gateways.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells the language a person wrote a mail in, so that ECS answers in it: the script
 * first (Arabic, Cyrillic, Han, kana, ...), then, for Latin script, the frequent short
 * words of each language ({@code common} in {@code quotes/words_<language>.properties}).
 * Empty when the text is too short or too mixed to tell.
 */
public final class MailLanguage {

	/** Words of a language needed before it is believed, and its lead over the next. */
	private static final int MIN_HITS = 2;

	private static final Map<String, Set<String>> COMMON = common();

	private MailLanguage() {
	}

	private static Map<String, Set<String>> common() {
		QuoteVocabulary words = QuoteVocabulary.get();
		Map<String, Set<String>> common = new HashMap<>();
		for (String language : QuoteVocabulary.LANGUAGES) {
			List<String> list = words.of(language, "common");
			if (!list.isEmpty()) {
				common.put(language,
						list.stream().map((w) -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
			}
		}
		return Map.copyOf(common);
	}

	/** The language code (ISO 639-1) of {@code text}, when it can be told. */
	public static Optional<String> detect(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		int arabic = 0;
		int cyrillic = 0;
		int han = 0;
		int kana = 0;
		int hangul = 0;
		int latin = 0;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (!Character.isLetter(c)) {
				continue;
			}
			switch (Character.UnicodeScript.of(c)) {
				case ARABIC -> arabic++;
				case CYRILLIC -> cyrillic++;
				case HAN -> han++;
				case HIRAGANA, KATAKANA -> kana++;
				case HANGUL -> hangul++;
				case LATIN -> latin++;
				default -> {
				}
			}
		}
		int letters = arabic + cyrillic + han + kana + hangul + latin;
		if (letters < 4) {
			return Optional.empty();
		}
		if (kana > 0 && (kana + han) * 2 > letters) {
			return Optional.of("ja");
		}
		if (han * 2 > letters) {
			return Optional.of("zh");
		}
		if (arabic * 2 > letters) {
			return Optional.of("ar");
		}
		if (cyrillic * 2 > letters) {
			return Optional.of("ru");
		}
		if (hangul * 2 > letters) {
			return Optional.of("ko");
		}
		return (latin * 2 > letters) ? latinLanguage(text) : Optional.empty();
	}

	private static Optional<String> latinLanguage(String text) {
		Map<String, Integer> hits = new HashMap<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
			if (word.isEmpty()) {
				continue;
			}
			COMMON.forEach((language, words) -> {
				if (words.contains(word)) {
					hits.merge(language, 1, Integer::sum);
				}
			});
		}
		String best = null;
		int first = 0;
		int second = 0;
		for (Map.Entry<String, Integer> hit : hits.entrySet()) {
			if (hit.getValue() > first) {
				second = first;
				first = hit.getValue();
				best = hit.getKey();
			}
			else if (hit.getValue() > second) {
				second = hit.getValue();
			}
		}
		return (best != null && first >= MIN_HITS && first > second) ? Optional.of(best) : Optional.empty();
	}

}
