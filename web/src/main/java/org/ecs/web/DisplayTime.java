package org.ecs.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Times as the pages show them. Participants sit in every time zone and deadlines are set
 * in UTC, so pages say UTC rather than guess a zone.
 */
@Component("ecsTime")
public class DisplayTime {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final Clock clock;

	public DisplayTime(Clock clock) {
		this.clock = clock;
	}

	public String format(Instant instant) {
		return instant == null ? "" : FORMAT.format(instant);
	}

	public String iso(Instant instant) {
		return instant == null ? "" : instant.toString();
	}

	/** How long ago, coarse enough to read at a glance: "3 d 4 h", "25 min". */
	public String age(Instant since) {
		Duration age = Duration.between(since, this.clock.instant());
		if (age.isNegative() || age.toMinutes() < 1) {
			return "less than a minute";
		}
		if (age.toHours() < 1) {
			return age.toMinutes() + " min";
		}
		if (age.toDays() < 1) {
			return age.toHours() + " h " + age.toMinutesPart() + " min";
		}
		return age.toDays() + " d " + age.toHoursPart() + " h";
	}

	public boolean isPast(Instant instant) {
		return !this.clock.instant().isBefore(instant);
	}

}
