package org.ecs.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Times and numbers as the pages show them, in the language of the page (ICU's CLDR
 * data). Participants sit in every time zone and deadlines are set in UTC, so pages say
 * UTC rather than guess a zone. English keeps the secretariat's house style ("2 Dec 2026,
 * 14:00 UTC", "3 d 4 h").
 */
@Component("ecsTime")
public class DisplayTime {

	private static final DateTimeFormatter ENGLISH = DateTimeFormatter
		.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter ENGLISH_LOCAL = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm",
			Locale.ENGLISH);

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	/**
	 * Year, abbreviated month, day, 24-hour time and zone, ordered as each language does.
	 */
	private static final String SKELETON = "yMMMdHHmmz";

	private final Clock clock;

	private final MessageSource messages;

	public DisplayTime(Clock clock, MessageSource messages) {
		this.clock = clock;
		this.messages = messages;
	}

	public String format(Instant instant) {
		if (instant == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		if (english(locale)) {
			return ENGLISH.format(instant);
		}
		DateFormat format = DateFormat.getInstanceForSkeleton(SKELETON, ULocale.forLocale(locale));
		format.setTimeZone(TimeZone.getTimeZone("UTC"));
		return format.format(Date.from(instant));
	}

	/**
	 * A calendar date (a document's date of issue): "1 Dec 2026", "1 déc. 2026",
	 * "2026年12月1日".
	 */
	public String date(LocalDate date) {
		if (date == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		if (english(locale)) {
			return ENGLISH_DATE.format(date);
		}
		DateFormat format = DateFormat.getInstanceForSkeleton("yMMMd", ULocale.forLocale(locale));
		format.setTimeZone(TimeZone.getTimeZone("UTC"));
		return format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
	}

	/** A wall-clock time in a named place (Vienna time of a meeting), without a zone. */
	public String local(LocalDateTime time) {
		if (time == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		if (english(locale)) {
			return ENGLISH_LOCAL.format(time);
		}
		DateFormat format = DateFormat.getInstanceForSkeleton("yMMMdHHmm", ULocale.forLocale(locale));
		format.setTimeZone(TimeZone.getTimeZone("UTC"));
		return format.format(Date.from(time.toInstant(ZoneOffset.UTC)));
	}

	public String iso(Instant instant) {
		return instant == null ? "" : instant.toString();
	}

	/** How long ago, coarse enough to read at a glance: "3 d 4 h", "25 min". */
	public String age(Instant since) {
		Duration age = Duration.between(since, this.clock.instant());
		Locale locale = LocaleContextHolder.getLocale();
		if (age.isNegative() || age.toMinutes() < 1) {
			return this.messages.getMessage("time.less-than-a-minute", null, "less than a minute", locale);
		}
		List<Measure> parts = new ArrayList<>();
		if (age.toHours() < 1) {
			parts.add(new Measure(age.toMinutes(), MeasureUnit.MINUTE));
		}
		else if (age.toDays() < 1) {
			parts.add(new Measure(age.toHours(), MeasureUnit.HOUR));
			parts.add(new Measure(age.toMinutesPart(), MeasureUnit.MINUTE));
		}
		else {
			parts.add(new Measure(age.toDays(), MeasureUnit.DAY));
			parts.add(new Measure(age.toHoursPart(), MeasureUnit.HOUR));
		}
		if (english(locale)) {
			StringBuilder text = new StringBuilder();
			for (Measure part : parts) {
				text.append(text.isEmpty() ? "" : " ").append(part.getNumber()).append(' ').append(englishUnit(part));
			}
			return text.toString();
		}
		return MeasureFormat.getInstance(ULocale.forLocale(locale), MeasureFormat.FormatWidth.SHORT)
			.formatMeasures(parts.toArray(Measure[]::new));
	}

	/** A count as the page's language writes it (12,345 · 12 345 · 12.345). */
	public String number(long value) {
		return NumberFormat.getIntegerInstance(ULocale.forLocale(LocaleContextHolder.getLocale())).format(value);
	}

	public boolean isPast(Instant instant) {
		return !this.clock.instant().isBefore(instant);
	}

	private static boolean english(Locale locale) {
		return locale == null || "en".equals(locale.getLanguage());
	}

	private static String englishUnit(Measure part) {
		MeasureUnit unit = part.getUnit();
		return unit.equals(MeasureUnit.DAY) ? "d" : unit.equals(MeasureUnit.HOUR) ? "h" : "min";
	}

}
