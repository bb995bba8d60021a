package org.ecs.web.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The bundle, with texts that take arguments formatted by ICU rather than the JDK: ICU
 * knows each language's plural rules ({@code {0,plural,one{# person}other{# people}}}:
 * Russian and Arabic have more forms than English), and reads a lone apostrophe as an
 * apostrophe. Each text is parsed once per language (a page formats dozens); ICU's
 * formats are not thread-safe, so one is used by one thread at a time.
 */
class IcuMessageSource extends ResourceBundleMessageSource {

	private final Map<Parsed, MessageFormat> formats = new ConcurrentHashMap<>();

	@Override
	protected String getMessageInternal(String code, Object[] args, Locale locale) {
		if (code == null) {
			return null;
		}
		Locale language = (locale != null) ? locale : getDefaultLocale();
		if (ObjectUtils.isEmpty(args)) {
			return super.getMessageInternal(code, args, language);
		}
		String pattern = resolveCodeWithoutArguments(code, language);
		if (pattern == null) {
			return super.getMessageInternal(code, args, language);
		}
		MessageFormat format = this.formats.computeIfAbsent(new Parsed(pattern, language),
				(key) -> new MessageFormat(key.pattern(), ULocale.forLocale(key.language())));
		Object[] arguments = resolveArguments(args, language);
		synchronized (format) {
			return format.format(arguments);
		}
	}

	private record Parsed(String pattern, Locale language) {
	}

}
