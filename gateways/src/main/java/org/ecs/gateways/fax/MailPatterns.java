package org.ecs.gateways.fax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A configured mail format compiled once: guards on From and Subject that decide whether
 * the format applies, and extractors whose named groups fill fields. Shared by the
 * received-fax and delivery-report parsers, whose formats differ only in the fields they
 * name.
 */
final class MailPatterns {

	private final String name;

	private final Pattern from;

	private final Pattern subject;

	private final Map<String, Pattern> headers;

	private final List<Pattern> body;

	private final List<String> fields;

	MailPatterns(String name, String from, String subject, Map<String, String> headers, List<String> body,
			List<String> fields) {
		this.name = name;
		this.from = compile(name, "from", from);
		this.subject = compile(name, "subject", subject);
		this.headers = new LinkedHashMap<>();
		if (headers != null) {
			headers.forEach((header, regex) -> this.headers.put(header, compile(name, header, regex)));
		}
		this.body = new ArrayList<>();
		if (body != null) {
			body.forEach((regex) -> this.body.add(compile(name, "body", regex)));
		}
		this.fields = List.copyOf(fields);
	}

	String name() {
		return this.name;
	}

	/**
	 * Why the format does not apply to the mail, or empty if it does.
	 */
	Optional<String> refusal(FaxBridgeMail mail) {
		if (this.from != null && !this.from.matcher(mail.from()).find()) {
			return Optional.of("From '" + abbreviate(mail.from()) + "' does not match " + this.from.pattern());
		}
		if (this.subject != null && !this.subject.matcher(mail.subject()).find()) {
			return Optional.of("Subject '" + abbreviate(mail.subject()) + "' does not match " + this.subject.pattern());
		}
		return Optional.empty();
	}

	/**
	 * The named fields found in the subject, then the headers, then the body; the first
	 * non-blank value of a field wins.
	 */
	Map<String, String> extract(FaxBridgeMail mail) {
		Map<String, String> found = new LinkedHashMap<>();
		if (this.subject != null) {
			collect(this.subject, mail.subject(), found);
		}
		this.headers.forEach((header, pattern) -> {
			String value = mail.headers().get(header);
			if (value != null) {
				collect(pattern, value, found);
			}
		});
		for (Pattern pattern : this.body) {
			collect(pattern, mail.textBody(), found);
		}
		return found;
	}

	private void collect(Pattern pattern, String text, Map<String, String> found) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			return;
		}
		for (String field : this.fields) {
			if (found.containsKey(field)) {
				continue;
			}
			String value = group(matcher, field);
			if (value != null && !value.isBlank()) {
				found.put(field, value.strip());
			}
		}
	}

	private static String group(Matcher matcher, String field) {
		try {
			return matcher.group(field);
		}
		catch (IllegalArgumentException ex) {
			// the pattern does not name this field; Java 17 has no Pattern.namedGroups()
			return null;
		}
	}

	private static Pattern compile(String format, String where, String regex) {
		if (regex == null || regex.isBlank()) {
			return null;
		}
		try {
			return Pattern.compile(regex);
		}
		catch (PatternSyntaxException ex) {
			throw new IllegalArgumentException(
					"Fax mail format '" + format + "': bad " + where + " pattern: " + ex.getMessage(), ex);
		}
	}

	static String abbreviate(String text) {
		String oneLine = text.replaceAll("[\\r\\n\\t]+", " ");
		return (oneLine.length() > 80) ? oneLine.substring(0, 77) + "..." : oneLine;
	}

}
