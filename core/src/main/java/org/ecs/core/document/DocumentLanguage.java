package org.ecs.core.document;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The six official languages a document is issued in, as ISO 639-1 codes. */
public final class DocumentLanguage {

	/** In the order the UN lists them. */
	public static final List<String> ALL = List.of("ar", "zh", "en", "fr", "ru", "es");

	private DocumentLanguage() {
	}

	/**
	 * The code for {@code en}, {@code EN}, {@code en-GB}; empty when not one of the six.
	 */
	public static Optional<String> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.strip().toLowerCase(Locale.ROOT);
		if (t.length() > 2 && (t.charAt(2) == '-' || t.charAt(2) == '_')) {
			t = t.substring(0, 2);
		}
		return ALL.contains(t) ? Optional.of(t) : Optional.empty();
	}

	/** The language's name in itself. */
	public static String name(String code) {
		return switch (code) {
			case "ar" -> "العربية";
			case "zh" -> "中文";
			case "en" -> "English";
			case "fr" -> "Français";
			case "ru" -> "Русский";
			case "es" -> "Español";
			default -> code;
		};
	}

	/** The languages in the order to offer them: this person's first, then the others. */
	public static List<String> preferredFirst(String preferred) {
		Optional<String> first = parse(preferred);
		if (first.isEmpty()) {
			return ALL;
		}
		List<String> order = new java.util.ArrayList<>();
		order.add(first.get());
		ALL.stream().filter((l) -> !l.equals(first.get())).forEach(order::add);
		return List.copyOf(order);
	}

}
