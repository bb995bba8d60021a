package org.ecs.web.i18n;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;

/** The six languages as pages read them ({@code @ecsLanguages} in templates). */
public class LanguageNames {

	/** Code to the language's name in itself, for the language switcher. */
	public Map<String, String> names() {
		return Languages.names();
	}

	/** A language (ISO 639-1) named in the page's language: "arabe" on a French page. */
	public String name(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		Locale page = LocaleContextHolder.getLocale();
		String name = Locale.forLanguageTag(code).getDisplayLanguage(page);
		return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(page) + name.substring(1);
	}

	public boolean rightToLeft(Locale locale) {
		return Languages.rightToLeft(locale);
	}

}
