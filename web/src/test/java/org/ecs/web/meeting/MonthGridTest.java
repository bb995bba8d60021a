package org.ecs.web.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.ecs.core.meeting.MeetingBody;
import org.ecs.core.meeting.MeetingStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MonthGridTest {

	static MeetingViews.Summary meeting(String start, String end) {
		return new MeetingViews.Summary(1, java.util.UUID.randomUUID(), MeetingBody.WORKING_GROUP_A, "Working Group A",
				null, "WGA", Instant.parse(start), Instant.parse(end), null, null, "Europe/Vienna", null, null,
				MeetingStatus.SCHEDULED, null, 0, false);
	}

	@Test
	void shouldFillWholeWeeksFromMondayAndPlaceAMeetingOnEachDayItSpans() {
		var m = meeting("2027-04-12T08:00:00Z", "2027-04-13T15:00:00Z");
		MonthGrid grid = MonthGrid.of(YearMonth.of(2027, 4), List.of(m), ZoneId.of("Europe/Vienna"),
				Instant.parse("2027-04-01T00:00:00Z"), Locale.ENGLISH);
		assertThat(grid.weeks()).hasSize(5).allSatisfy((w) -> assertThat(w).hasSize(7));
		assertThat(grid.weeks().get(0).get(0).date()).isEqualTo(LocalDate.of(2027, 3, 29));
		assertThat(grid.weeks().get(0).get(0).inMonth()).isFalse();
		assertThat(grid.weekdays().get(0)).isEqualTo("Mon");
		assertThat(grid.monthName()).isEqualTo("April 2027");
		assertThat(grid.weeks()
			.stream()
			.flatMap(List::stream)
			.filter((d) -> !d.meetings().isEmpty())
			.map(MonthGrid.Day::date)).containsExactly(LocalDate.of(2027, 4, 12), LocalDate.of(2027, 4, 13));
	}

	@Test
	void shouldPlaceAMeetingOnTheDayItFallsOnInThePersonsZone() {
		// 10:00 in Vienna on 12 April is still 11 April in the evening in Honolulu
		var m = meeting("2027-04-12T08:00:00Z", "2027-04-12T09:00:00Z");
		MonthGrid grid = MonthGrid.of(YearMonth.of(2027, 4), List.of(m), ZoneId.of("Pacific/Honolulu"),
				Instant.parse("2027-04-01T00:00:00Z"), Locale.ENGLISH);
		assertThat(grid.weeks()
			.stream()
			.flatMap(List::stream)
			.filter((d) -> !d.meetings().isEmpty())
			.map(MonthGrid.Day::date)).containsExactly(LocalDate.of(2027, 4, 11));
	}

	@Test
	void shouldTakeTodaysMonthWhenTheParameterIsNoMonth() {
		Instant now = Instant.parse("2027-01-31T23:30:00Z");
		assertThat(MonthGrid.month("2027-13", ZoneId.of("Europe/Vienna"), now)).isEqualTo(YearMonth.of(2027, 2));
		assertThat(MonthGrid.month(null, ZoneId.of("UTC"), now)).isEqualTo(YearMonth.of(2027, 1));
		assertThat(MonthGrid.month("2026-11", ZoneId.of("UTC"), now)).isEqualTo(YearMonth.of(2026, 11));
	}

}
