package org.ecs.web.i18n;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.ecs.core.participant.Participant;
import org.ecs.web.security.CurrentParticipant;

import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a page: the one its address asks for ({@code ?lang=xx}, for that page
 * only: a link changes nothing), else the one chosen with the switcher in this session,
 * else the signed-in person's setting, else the best of the browser's
 * {@code Accept-Language}, else English. Only the six languages ever come out.
 */
class PersonLocaleResolver implements LocaleResolver {

	static final String SESSION_ATTRIBUTE = PersonLocaleResolver.class.getName() + ".language";

	private final CurrentParticipant current;

	PersonLocaleResolver(CurrentParticipant current) {
		this.current = current;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		String asked = request.getParameter(LanguageController.PARAMETER);
		if (Languages.supported(asked)) {
			return Locale.forLanguageTag(asked);
		}
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof String chosen
				&& Languages.supported(chosen)) {
			return Locale.forLanguageTag(chosen);
		}
		String setting = this.current.find().map(Participant::language).orElse(null);
		if (Languages.supported(setting)) {
			return Locale.forLanguageTag(setting);
		}
		return Locale.forLanguageTag(fromBrowser(request.getHeader("Accept-Language")));
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (locale == null) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.removeAttribute(SESSION_ATTRIBUTE);
			}
			return;
		}
		Languages.of(locale.toLanguageTag())
			.ifPresent((language) -> request.getSession().setAttribute(SESSION_ATTRIBUTE, language));
	}

	/** The first of the six the header asks for, by weight; English when none. */
	static String fromBrowser(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
			return Languages.DEFAULT;
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), Languages.locales());
			return best == null ? Languages.DEFAULT : best.getLanguage();
		}
		catch (IllegalArgumentException ex) {
			return Languages.DEFAULT;
		}
	}

}
