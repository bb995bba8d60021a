package org.ecs.web.i18n;

import org.springframework.context.MessageSource;

/** The application's message bundle as the application reads it (ICU), for unit tests. */
public final class Bundles {

	private Bundles() {
	}

	public static MessageSource messages() {
		return I18nConfiguration.messageSource();
	}

}
