package org.ecs.web.i18n;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.web.security.CurrentParticipant;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The switcher at the top of every page, the sign-in page included: the session speaks
 * the chosen language from now on, and a signed-in person's language setting (which their
 * emails and faxes follow too) becomes it. A form, not a link: it changes what is saved.
 * Anything but one of the six changes nothing.
 */
@Controller
class LanguageController {

	static final String PARAMETER = "lang";

	private final LocaleResolver locales;

	private final CurrentParticipant current;

	private final ParticipantDirectory directory;

	LanguageController(LocaleResolver locales, CurrentParticipant current, ParticipantDirectory directory) {
		this.locales = locales;
		this.current = current;
		this.directory = directory;
	}

	@PostMapping("/language")
	String choose(@RequestParam(name = PARAMETER, required = false) String language,
			@RequestParam(name = "return", required = false) String back, HttpServletRequest request,
			HttpServletResponse response) {
		if (Languages.supported(language)) {
			this.locales.setLocale(request, response, Locale.forLanguageTag(language));
			this.current.find()
				.filter((me) -> !language.equals(me.language()))
				.ifPresent((me) -> this.directory.updateSettings(me.id(), language, me.channels()));
		}
		return "redirect:" + returnTo(back, request.getHeader("Referer"), request.getServerName());
	}

	/**
	 * The page the switch was made on: a path of this site only (never another site's
	 * address), else the page it came from on this site, else the home page.
	 */
	static String returnTo(String back, String referer, String host) {
		if (local(back)) {
			return back;
		}
		if (referer != null) {
			try {
				URI uri = URI.create(referer);
				if (host.equalsIgnoreCase(uri.getHost()) && local(uri.getRawPath())) {
					return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
				}
			}
			catch (IllegalArgumentException ex) {
				// not an address: the home page
			}
		}
		return "/";
	}

	private static boolean local(String path) {
		return path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
				&& path.chars().noneMatch((c) -> c < 0x21 || c == '\\');
	}

}
