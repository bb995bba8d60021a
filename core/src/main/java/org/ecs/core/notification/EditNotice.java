package org.ecs.core.notification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What an author reads when a coordinator edited their comment before publishing it, in
 * one of the six languages ({@code edit-notice*.properties} beside this class, UTF-8),
 * English for any other. Written once, in the author's language of the moment, and kept
 * with the notification every channel reads.
 */
final class EditNotice {

	static final String BUNDLE = "org.ecs.core.notification.edit-notice";

	private final ResourceBundle texts;

	private final Locale locale;

	private EditNotice(ResourceBundle texts, Locale locale) {
		this.texts = texts;
		this.locale = locale;
	}

	static EditNotice in(String language) {
		Locale locale = (language == null || language.isBlank()) ? Locale.ENGLISH : Locale.forLanguageTag(language);
		try {
			return new EditNotice(
					ResourceBundle.getBundle(BUNDLE, locale,
							ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)),
					locale);
		}
		catch (MissingResourceException ex) {
			return new EditNotice(
					ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
							ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)),
					Locale.ENGLISH);
		}
	}

	String subject(String discussion) {
		return format("subject", discussion);
	}

	String body(String coordinator, String discussion, String publishedText) {
		return format("body", coordinator, discussion) + "\n\n" + format("published") + "\n\n" + publishedText;
	}

	private String format(String key, Object... args) {
		return new MessageFormat(this.texts.getString(key), this.locale).format(args);
	}

}
