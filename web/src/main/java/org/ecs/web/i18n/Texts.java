package org.ecs.web.i18n;

import java.util.List;
import java.util.stream.Collectors;

import org.ecs.core.text.Said;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Messages controllers put on a page (flashes, validation errors), in the language of the
 * request, from the same bundle the templates read.
 */
public class Texts {

	private final MessageSource messages;

	Texts(MessageSource messages) {
		this.messages = messages;
	}

	public String get(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/**
	 * What ECS refused, in the language of the request ({@code problem.<key>}); the
	 * English when no sentence is known.
	 */
	public String said(List<Said> said, String english) {
		if (said.isEmpty()) {
			return english;
		}
		return said.stream().map(this::say).collect(Collectors.joining(" "));
	}

	private String say(Said s) {
		return get(s.key(), s.args().stream().map((a) -> (a instanceof Said inner) ? say(inner) : a).toArray());
	}

}
