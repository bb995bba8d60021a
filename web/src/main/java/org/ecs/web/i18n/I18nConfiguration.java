package org.ecs.web.i18n;

import java.nio.charset.StandardCharsets;

import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.web.security.CurrentParticipant;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The pages' six languages: one bundle ({@code i18n/messages*.properties}, UTF-8), the
 * language chosen per request, and the {@code ?lang=} switch.
 */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration implements WebMvcConfigurer {

	static final String BUNDLE = "i18n/messages";

	private final CurrentParticipant current;

	private final ParticipantDirectory directory;

	I18nConfiguration(CurrentParticipant current, ParticipantDirectory directory) {
		this.current = current;
		this.directory = directory;
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

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch(localeResolver(), this.current, this.directory));
	}

}
