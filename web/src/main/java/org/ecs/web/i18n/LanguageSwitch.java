package org.ecs.web.i18n;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.web.security.CurrentParticipant;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

/**
 * {@code ?lang=xx} on any page: the session speaks that language from now on, and a
 * signed-in person's language setting (which their emails and faxes follow too) becomes
 * it. Anything but one of the six is ignored.
 */
class LanguageSwitch implements HandlerInterceptor {

	static final String PARAMETER = "lang";

	private final LocaleResolver locales;

	private final CurrentParticipant current;

	private final ParticipantDirectory directory;

	LanguageSwitch(LocaleResolver locales, CurrentParticipant current, ParticipantDirectory directory) {
		this.locales = locales;
		this.current = current;
		this.directory = directory;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String language = request.getParameter(PARAMETER);
		if (!Languages.supported(language)) {
			return true;
		}
		this.locales.setLocale(request, response, Locale.forLanguageTag(language));
		this.current.find()
			.filter((me) -> !language.equals(me.language()))
			.ifPresent((me) -> this.directory.updateSettings(me.id(), language, me.channels()));
		return true;
	}

}
