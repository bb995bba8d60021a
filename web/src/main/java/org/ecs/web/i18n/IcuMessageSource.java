package org.ecs.web.i18n;

import java.util.Locale;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The bundle, with texts that take arguments formatted by ICU rather than the JDK: ICU
 * knows each language's plural rules ({@code {0,plural,one{# person}other{# people}}}:
 * Russian and Arabic have more forms than English), and reads a lone apostrophe as an
 * apostrophe.
 */
class IcuMessageSource extends ResourceBundleMessageSource {

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
		return new MessageFormat(pattern, ULocale.forLocale(language)).format(resolveArguments(args, language));
	}

}
