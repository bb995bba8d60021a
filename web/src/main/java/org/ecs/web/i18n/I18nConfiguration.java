package org.ecs.web.i18n;

import java.nio.charset.StandardCharsets;

import org.ecs.web.security.CurrentParticipant;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The pages' six languages: one bundle ({@code i18n/messages*.properties}, UTF-8), the
 * language chosen per request.
 */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration {

	static final String BUNDLE = "i18n/messages";

	private final CurrentParticipant current;

	I18nConfiguration(CurrentParticipant current) {
		this.current = current;
	}

	@Bean
	static MessageSource messageSource() {
		ResourceBundleMessageSource messages = new IcuMessageSource();
		messages.setBasename(BUNDLE);
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		// a French page with a missing key falls back to English, never to the server's
		// locale
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		return new PersonLocaleResolver(this.current);
	}

	@Bean
	Texts texts(MessageSource messageSource) {
		return new Texts(messageSource);
	}

	/** For templates: {@code @ecsLanguages.names()}. */
	@Bean
	LanguageNames ecsLanguages() {
		return new LanguageNames();
	}

}
