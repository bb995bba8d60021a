package org.ecs.core.meeting;

import java.util.Locale;
import java.util.Optional;

/**
 * Which meetings to list and in which order.
 *
 * @param when {@code upcoming} (not yet ended), {@code past}, or null for all
 * @param body only this body, or null
 * @param year only meetings starting in this year (Vienna time), or null
 * @param sort {@code start} (default: soonest first; latest first for past meetings),
 * {@code -start}, {@code title}
 */
public record MeetingFilter(String when, MeetingBody body, Integer year, String sort) {

	public static final MeetingFilter ALL = new MeetingFilter(null, null, null, null);

	/** Why these query parameters cannot be taken, or empty. */
	public static Optional<String> problem(String when, String body, Integer year, String sort) {
		if (when != null && !when.isBlank() && !when.equals("upcoming") && !when.equals("past")) {
			return Optional.of("when: upcoming or past.");
		}
		if (body != null && !body.isBlank() && MeetingBody.parse(body).isEmpty()) {
			return Optional.of("body: unknown body; one of " + MeetingBody.known() + ".");
		}
		if (year != null && (year < 1990 || year > 2200)) {
			return Optional.of("year: not a plausible year.");
		}
		if (sort != null && !sort.isBlank() && !sort.equals("start") && !sort.equals("-start")
				&& !sort.equals("title")) {
			return Optional.of("sort: start, -start or title.");
		}
		return Optional.empty();
	}

	public static MeetingFilter of(String when, String body, Integer year, String sort) {
		return new MeetingFilter(blank(when) ? null : when.toLowerCase(Locale.ROOT),
				blank(body) ? null : MeetingBody.parse(body).orElseThrow(), year, blank(sort) ? null : sort);
	}

	String orderBy() {
		if ("title".equals(this.sort)) {
			return "m.title, m.starts_at, m.id";
		}
		boolean descending = "-start".equals(this.sort) || (this.sort == null && "past".equals(this.when));
		return descending ? "m.starts_at desc, m.id desc" : "m.starts_at, m.id";
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
