package org.ecs.web.i18n;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The six official languages the pages speak, each named in itself, in the order the
 * organisation lists them on its own pages. The one list every page, form and test reads.
 */
public final class Languages {

	/** The language of a page nobody chose a language for. */
	public static final String DEFAULT = "en";

	private static final Map<String, String> NAMES = build();

	private static final List<Locale> LOCALES = NAMES.keySet().stream().map(Locale::forLanguageTag).toList();

	private Languages() {
	}

	/** Code (ISO 639-1) to the language's name in itself. */
	public static Map<String, String> names() {
		return NAMES;
	}

	private static Map<String, String> build() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("en", "English");
		names.put("fr", "Français");
		names.put("es", "Español");
		names.put("ru", "Русский");
		names.put("ar", "العربية");
		names.put("zh", "中文");
		return Collections.unmodifiableMap(names);
	}

	public static boolean supported(String code) {
		return code != null && NAMES.containsKey(code);
	}

	public static List<Locale> locales() {
		return LOCALES;
	}

	/** The supported language a tag (fr, fr-CA, zh-Hant-TW...) falls into, if any. */
	public static Optional<String> of(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.trim()).getLanguage();
		return supported(language) ? Optional.of(language) : Optional.empty();
	}

	/** Right-to-left scripts among the six. */
	public static boolean rightToLeft(Locale locale) {
		return locale != null && "ar".equals(locale.getLanguage());
	}

}
