package org.ecs.gateways.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Localised texts of outgoing mail, from the UTF-8 bundles beside this class. A language
 * without a bundle falls back to English, never to the server's default locale. Named
 * placeholders instead of MessageFormat, whose quoting rules break on French apostrophes.
 */
final class MailTemplates {

	private static final ResourceBundle.Control NO_DEFAULT_LOCALE = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final ResourceBundle bundle;

	private final Locale language;

	private final ZoneId zone;

	MailTemplates(String name, Locale language, ZoneId zone) {
		Locale effective = (language != null) ? language : Locale.ENGLISH;
		this.bundle = ResourceBundle.getBundle("org.ecs.gateways.mail." + name, effective, NO_DEFAULT_LOCALE);
		this.language = effective;
		this.zone = zone;
	}

	/**
	 * Whether the texts {@code name} exist in {@code language} itself (English always).
	 */
	static boolean has(String name, Locale language) {
		if (language == null || language.getLanguage().equals("en")) {
			return true;
		}
		ResourceBundle bundle = ResourceBundle.getBundle("org.ecs.gateways.mail." + name, language, NO_DEFAULT_LOCALE);
		return bundle.getLocale().getLanguage().equals(language.getLanguage());
	}

	String text(String key, Map<String, String> values) {
		String template = this.bundle.getString(key);
		for (Map.Entry<String, String> value : values.entrySet()) {
			template = template.replace("{" + value.getKey() + "}", (value.getValue() != null) ? value.getValue() : "");
		}
		return template;
	}

	String time(Instant instant) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(this.language)
			.withZone(this.zone)
			.format(instant) + " (" + this.zone.getId() + ")";
	}

	boolean rightToLeft() {
		return Locale.forLanguageTag("ar").getLanguage().equals(this.language.getLanguage())
				|| "he".equals(this.language.getLanguage()) || "fa".equals(this.language.getLanguage());
	}

	String languageTag() {
		// the base bundle's locale is the root locale, whose tag is "und"
		Locale locale = this.bundle.getLocale();
		return locale.getLanguage().isEmpty() ? "en" : locale.toLanguageTag();
	}

	static String escapeHtml(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/** Escaped text with line breaks kept. */
	static String htmlParagraph(String text) {
		return escapeHtml(text.replace("\r\n", "\n")).replace("\n", "<br>\n");
	}

}
