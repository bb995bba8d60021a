package org.ecs.gateways.fax;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Dates as gateways write them. */
final class MailDates {

	private MailDates() {
	}

	/**
	 * Reads a stated time with the format's pattern (local time in the bridge's zone), or
	 * as ISO-8601 or RFC 1123 when the format names no pattern.
	 */
	static Optional<Instant> parse(String text, String pattern, ZoneId zone) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String value = text.strip();
		try {
			if (!pattern.isEmpty()) {
				DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
				return Optional.of(LocalDateTime.parse(value, formatter).atZone(zone).toInstant());
			}
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
		return iso(value, zone).or(() -> rfc1123(value));
	}

	/** The Date header of a mail, comments such as {@code (UTC)} ignored. */
	static Optional<Instant> rfc1123(String header) {
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		String value = header.replaceAll("\\([^)]*\\)", "").strip();
		try {
			return Optional.of(OffsetDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Instant> iso(String value, ZoneId zone) {
		try {
			return Optional.of(OffsetDateTime.parse(value).toInstant());
		}
		catch (DateTimeParseException ex) {
			try {
				return Optional.of(LocalDateTime.parse(value).atZone(zone).toInstant());
			}
			catch (DateTimeParseException again) {
				return Optional.empty();
			}
		}
	}

}
