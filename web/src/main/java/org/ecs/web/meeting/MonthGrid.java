package org.ecs.web.meeting;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A month of meetings as a calendar grid, weeks from Monday (as in Vienna), in the
 * person's own time zone: a meeting appears on each day it spans there. The days before
 * the first and after the last of the month fill the first and last weeks, marked so.
 */
record MonthGrid(YearMonth month, String monthName, List<String> weekdays, List<List<Day>> weeks) {

	record Day(LocalDate date, boolean inMonth, boolean today, List<MeetingViews.Summary> meetings) {
	}

	/** The month a {@code yyyy-MM} parameter names, else the one of today in the zone. */
	static YearMonth month(String text, ZoneId zone, Instant now) {
		return Optional.ofNullable(text).filter((t) -> t.matches("\\d{4}-\\d{2}")).flatMap((t) -> {
			try {
				return Optional.of(YearMonth.parse(t));
			}
			catch (java.time.format.DateTimeParseException ex) {
				return Optional.empty();
			}
		}).orElseGet(() -> YearMonth.from(now.atZone(zone)));
	}

	static MonthGrid of(YearMonth month, List<MeetingViews.Summary> meetings, ZoneId zone, Instant now, Locale locale) {
		LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		LocalDate today = now.atZone(zone).toLocalDate();
		List<List<Day>> weeks = new ArrayList<>();
		List<Day> week = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			LocalDate d = day;
			List<MeetingViews.Summary> on = meetings.stream().filter((m) -> spans(m, d, zone)).toList();
			week.add(new Day(d, YearMonth.from(d).equals(month), d.equals(today), on));
			if (week.size() == 7) {
				weeks.add(List.copyOf(week));
				week.clear();
			}
		}
		List<String> weekdays = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			weekdays.add(DayOfWeek.MONDAY.plus(i).getDisplayName(TextStyle.SHORT, locale));
		}
		String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
		return new MonthGrid(month, name, List.copyOf(weekdays), List.copyOf(weeks));
	}

	/** Whether the meeting is held, at least in part, on that day in that zone. */
	static boolean spans(MeetingViews.Summary m, LocalDate day, ZoneId zone) {
		LocalDate start = m.start().atZone(zone).toLocalDate();
		// a meeting ending at midnight does not take the next day
		LocalDate end = m.end().minusNanos(1).atZone(zone).toLocalDate();
		return !day.isBefore(start) && !day.isAfter(end);
	}

	/**
	 * The month before (public: the template calls it, and SpEL calls public methods
	 * only).
	 */
	public YearMonth previous() {
		return this.month.minusMonths(1);
	}

	/** The month after (public, as {@link #previous()}). */
	public YearMonth next() {
		return this.month.plusMonths(1);
	}

}
