package org.ecs.core.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The audio tracks of an interpreted meeting: the floor (the speakers' own words, in
 * whatever language each spoke) and the six interpretation languages. Codes are BCP 47 as
 * HLS writes them ({@code LANGUAGE=}); the floor is {@code mul} ("multiple languages").
 * Recorders tag tracks in ISO 639-2, so those are read too.
 */
public final class AudioLanguages {

	public static final String FLOOR = "mul";

	/** Code → the name a listener recognises, in that language. */
	private static final Map<String, String> NAMES = new LinkedHashMap<>();

	/** Other spellings (ISO 639-2 B and T, words) → code. */
	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("floor", FLOOR),
			Map.entry("original", FLOOR), Map.entry("ara", "ar"), Map.entry("chi", "zh"), Map.entry("zho", "zh"),
			Map.entry("eng", "en"), Map.entry("fra", "fr"), Map.entry("fre", "fr"), Map.entry("rus", "ru"),
			Map.entry("spa", "es"));

	static {
		NAMES.put(FLOOR, "Floor");
		NAMES.put("ar", "العربية");
		NAMES.put("zh", "中文");
		NAMES.put("en", "English");
		NAMES.put("fr", "Français");
		NAMES.put("ru", "Русский");
		NAMES.put("es", "Español");
	}

	private AudioLanguages() {
	}

	public static List<String> codes() {
		return List.copyOf(NAMES.keySet());
	}

	/** A track's language from what an uploader typed or a recorder tagged. */
	public static Optional<String> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.strip().toLowerCase(Locale.ROOT);
		t = ALIASES.getOrDefault(t, t);
		return NAMES.containsKey(t) ? Optional.of(t) : Optional.empty();
	}

	public static String name(String code) {
		return NAMES.getOrDefault(code, code);
	}

}
