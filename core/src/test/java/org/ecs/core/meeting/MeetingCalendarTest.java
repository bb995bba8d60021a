package org.ecs.core.meeting;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingCalendarTest {

	static final UUID UID = UUID.fromString("6f1c1a53-3b7f-4a34-9a53-2f0c9d7d1e01");

	static Meeting meeting(MeetingStatus status, String reason, int sequence) {
		return new Meeting(7, UID, MeetingBody.WORKING_GROUP_B, "61st session", "Working Group B, 61st session",
				Instant.parse("2027-07-15T08:00:00Z"), Instant.parse("2027-07-15T15:00:00Z"), "VIC", "Board Room B",
				status, reason, "wgb@example.org", sequence, List.of(new AgendaItem(1, "Opening", List.of(), List.of()),
						new AgendaItem(2, "Calibration; guidelines", List.of(3L), List.of(1L))));
	}

	static VEvent parse(String ics) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	static String value(VEvent event, String name) {
		return event.getProperty(name).map(Property::getValue).orElse(null);
	}

	@Test
	void shouldPublishAStableUidAndTheSequenceAndMarkCancellations() throws Exception {
		Instant now = Instant.parse("2027-01-01T00:00:00Z");
		VEvent scheduled = parse(MeetingCalendar.feed(List.of(meeting(MeetingStatus.SCHEDULED, null, 0)), now));
		VEvent cancelled = parse(MeetingCalendar.feed(List.of(meeting(MeetingStatus.CANCELLED, "No quorum", 2)), now));
		assertThat(value(scheduled, "UID")).isEqualTo(UID + "@ecs").isEqualTo(value(cancelled, "UID"));
		assertThat(value(scheduled, "SEQUENCE")).isEqualTo("0");
		assertThat(value(cancelled, "SEQUENCE")).isEqualTo("2");
		assertThat(value(scheduled, "STATUS")).isEqualTo("CONFIRMED");
		assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
		assertThat(value(cancelled, "SUMMARY")).startsWith("CANCELLED: Working Group B");
		assertThat(value(cancelled, "DESCRIPTION")).startsWith("Cancelled: No quorum")
			.contains("2. Calibration; guidelines");
		assertThat(value(scheduled, "DTSTART")).isEqualTo("20270715T080000Z");
		assertThat(value(scheduled, "DTEND")).isEqualTo("20270715T150000Z");
		assertThat(value(scheduled, "LOCATION")).isEqualTo("Board Room B, VIC");
		assertThat(value(scheduled, "DTSTAMP")).isEqualTo("20270101T000000Z");
	}

	@Test
	void shouldBeAValidCalendarWithProductAndVersion() throws Exception {
		String ics = MeetingCalendar.feed(List.of(), Instant.parse("2027-01-01T00:00:00Z"));
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n")
			.contains("VERSION:2.0\r\n")
			.contains("PRODID:" + MeetingCalendar.PRODUCT);
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(calendar.getComponents()).isEmpty();
	}

}
