package org.ecs.web.i18n;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where the language switcher on a page returns to: the page itself as it was asked for
 * (without a {@code lang} of its own). Pages that answer a form have no address to return
 * to; the switch then goes back to the page the form was on.
 */
@ControllerAdvice
class LanguageSwitchModel {

	@ModelAttribute("here")
	String here(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return UriComponentsBuilder.fromPath(path)
			.query(request.getQueryString())
			.replaceQueryParam(LanguageController.PARAMETER)
			.build()
			.toUriString();
	}

}
