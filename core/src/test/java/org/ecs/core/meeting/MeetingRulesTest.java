package org.ecs.core.meeting;

import java.time.Instant;
import java.util.List;

import org.ecs.core.meeting.MeetingInput.ItemInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingRulesTest {

	static MeetingInput input(String body, String start, String end) {
		return new MeetingInput(body, "61st session", "Working Group B", start, end, "VIC", "Board Room B", null, null,
				"wgb@example.org", List.of(new ItemInput("Opening", List.of("CTBT/PTS/INF.1234"), List.of(1L))));
	}

	@Test
	void shouldReadTimesAsViennaLocalTimeAcrossSummerTime() {
		MeetingDraft winter = MeetingRules.check(input("Working Group B", "2027-01-15T10:00", "2027-01-15T17:00"));
		assertThat(winter.startsAt()).isEqualTo(Instant.parse("2027-01-15T09:00:00Z"));
		MeetingDraft summer = MeetingRules.check(input("WORKING_GROUP_B", "2027-07-15T10:00", "2027-07-15T17:00"));
		assertThat(summer.startsAt()).isEqualTo(Instant.parse("2027-07-15T08:00:00Z"));
		assertThat(summer.body()).isEqualTo(MeetingBody.WORKING_GROUP_B);
		assertThat(summer.status()).isEqualTo(MeetingStatus.SCHEDULED);
		assertThat(summer.agenda()).singleElement()
			.satisfies((item) -> assertThat(item.documents()).containsExactly("CTBT/PTS/INF.1234"));
	}

	@Test
	void shouldRefuseAnEndBeforeTheStartAndAnUnknownBodyNamingBothFields() {
		assertThatThrownBy(() -> MeetingRules.check(input("Working Group Z", "2027-01-15T10:00", "2027-01-15T09:00")))
			.isInstanceOfSatisfying(MeetingRefusedException.class, (ex) -> assertThat(ex.problems()).containsExactly(
					"body: unknown body; one of PREPARATORY_COMMISSION, WORKING_GROUP_A, WORKING_GROUP_B, ADVISORY_GROUP.",
					"end: must be after start."));
	}

	@Test
	void shouldRefuseControlCharactersAndTimesThatAreNotTimes() {
		MeetingInput in = new MeetingInput("Advisory Group", null, "Bad\u0000title", "tomorrow", "2027-01-15T09:00",
				null, "Room\u001F", null, null, null, List.of(new ItemInput("\u0007", null, List.of(-1L))));
		assertThatThrownBy(() -> MeetingRules.check(in)).isInstanceOfSatisfying(MeetingRefusedException.class,
				(ex) -> assertThat(ex.problems()).containsExactlyInAnyOrder(
						"title: contains the control character U+0000, which text cannot hold.",
						"room: contains the control character U+001F, which text cannot hold.",
						"start: not a time; write a Vienna local time like 2027-03-15T10:00.",
						"agenda[1].title: contains the control character U+0007, which text cannot hold.",
						"agenda[1].discussions: not a discussion id."));
	}

	@Test
	void shouldWantAReasonForACancellationAndRefuseAMonthLongMeeting() {
		MeetingInput cancelled = new MeetingInput("ADVISORY_GROUP", null, "AG", "2027-01-15T10:00", "2027-03-15T10:00",
				null, null, "cancelled", " ", null, null);
		assertThatThrownBy(() -> MeetingRules.check(cancelled)).isInstanceOfSatisfying(MeetingRefusedException.class,
				(ex) -> assertThat(ex.problems()).containsExactly("end: a meeting lasts at most 31 days.",
						"statusReason: say why the meeting is cancelled."));
		MeetingInput reasoned = new MeetingInput("ADVISORY_GROUP", null, "AG", "2027-01-15T10:00", "2027-01-15T12:00",
				null, null, "CANCELLED", "No quorum", null, null);
		assertThat(MeetingRules.check(reasoned).status()).isEqualTo(MeetingStatus.CANCELLED);
	}

	@Test
	void shouldRequireBodyTitleAndTimes() {
		assertThatThrownBy(() -> MeetingRules
			.check(new MeetingInput(null, null, " ", null, null, null, null, null, null, null, null)))
			.isInstanceOfSatisfying(MeetingRefusedException.class, (ex) -> assertThat(ex.problems()).hasSize(4));
	}

	@Test
	void shouldRefuseUnknownFiltersAndSortPastMeetingsLatestFirst() {
		assertThat(MeetingFilter.problem("soon", null, null, null)).contains("when: upcoming or past.");
		assertThat(MeetingFilter.problem(null, "Council", null, null)).isPresent();
		assertThat(MeetingFilter.problem(null, null, null, "id; drop table meeting")).isPresent();
		assertThat(MeetingFilter.problem("past", "working group b", 2026, "-start")).isEmpty();
		assertThat(MeetingFilter.of("past", null, null, null).orderBy()).startsWith("m.starts_at desc");
		assertThat(MeetingFilter.of("upcoming", null, null, null).orderBy()).isEqualTo("m.starts_at, m.id");
	}

	@Test
	void shouldNameEachProblemByItsBundleKeyWithTheSameEnglish() {
		MeetingInput in = new MeetingInput(null, null, null, "2027-03-15T10:00", "2027-03-15T09:00", null, null, null,
				null, null, null);
		assertThatThrownBy(() -> MeetingRules.check(in)).isInstanceOfSatisfying(MeetingRefusedException.class, (ex) -> {
			assertThat(ex.said()).extracting(org.ecs.core.text.Said::key)
				.containsExactly("problem.meeting.body-required", "problem.meeting.required",
						"problem.meeting.end-before-start");
			assertThat(ex.said()).extracting(org.ecs.core.text.Said::english).containsExactlyElementsOf(ex.problems());
		});
	}

	@Test
	void shouldNameAFieldByItsLabelKeyForPagesAndByItsApiNameInEnglish() {
		MeetingInput in = new MeetingInput("ADVISORY_GROUP", null, "AG", "2027-03-15T10:00", "2027-03-15T12:00", null,
				null, null, null, null, List.of(new ItemInput("Opening", null, null), new ItemInput(" ", null, null)));
		assertThatThrownBy(() -> MeetingRules.check(in)).isInstanceOfSatisfying(MeetingRefusedException.class, (ex) -> {
			assertThat(ex.problems()).containsExactly("agenda[2].title: required.");
			assertThat(ex.said().get(0).args())
				.containsExactly(org.ecs.core.text.Said.said("meeting.field.item.title", "agenda[2].title", 2));
		});
		MeetingInput untitled = new MeetingInput("ADVISORY_GROUP", null, "\u0007", "2027-03-15T10:00",
				"2027-03-15T12:00", null, null, null, null, null, null);
		assertThatThrownBy(() -> MeetingRules.check(untitled)).isInstanceOfSatisfying(MeetingRefusedException.class,
				(ex) -> assertThat(ex.said().get(0).args())
					.containsExactly(org.ecs.core.text.Said.said("meeting.field.title", "title"), "U+0007"));
	}

}
