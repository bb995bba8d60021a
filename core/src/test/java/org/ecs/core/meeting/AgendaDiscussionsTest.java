package org.ecs.core.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgendaDiscussionsTest {

	static Meeting meeting(String title, AgendaItem... items) {
		return new Meeting(7, UUID.randomUUID(), MeetingBody.WORKING_GROUP_B, "61st session", title,
				Instant.parse("2027-03-15T09:00:00Z"), Instant.parse("2027-03-15T16:00:00Z"), null, null,
				MeetingStatus.SCHEDULED, null, null, 0, List.of(items));
	}

	@Test
	void shouldNameTheMeetingAndTheItemAsTheSubjectWhenTheMeetingHasTheItem() {
		Meeting m = meeting("Working Group B, 61st session", new AgendaItem(1, "Opening", List.of(), List.of()),
				new AgendaItem(2, "Station calibration", List.of(), List.of()));
		assertThat(AgendaDiscussions.subject(m, 2)).hasValueSatisfying((s) -> {
			assertThat(s.meetingId()).isEqualTo(7);
			assertThat(s.itemTitle()).isEqualTo("Station calibration");
			assertThat(s.reference()).isEqualTo("Working Group B, 61st session, item 2: Station calibration");
		});
		assertThat(AgendaDiscussions.subject(m, 3)).isEmpty();
	}

	@Test
	void shouldShortenTheReferenceWhenTitlesAreLong() {
		Meeting m = meeting("W".repeat(150), new AgendaItem(1, "I".repeat(150), List.of(), List.of()));
		String reference = AgendaDiscussions.subject(m, 1).orElseThrow().reference();
		assertThat(reference).hasSize(AgendaDiscussions.MAX_REFERENCE).endsWith("…");
	}

	@Test
	void shouldSayAnItemThatWentAwayWithItsNumberForThePage() {
		Meetings meetings = org.mockito.Mockito.mock(Meetings.class);
		org.mockito.BDDMockito.given(meetings.lockWithItem(7, 3)).willReturn(java.util.Optional.empty());
		var launcher = new org.ecs.core.participant.Participant(1, "alice", "Alice", "alice@example.org", null, "AUT",
				"en", org.ecs.core.participant.Level.FULL, java.util.Set.of(org.ecs.core.participant.Role.PARTICIPANT),
				java.util.EnumSet.of(org.ecs.core.participant.Channel.WEB), true);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> new AgendaDiscussions(meetings,
					org.mockito.Mockito.mock(org.ecs.core.discussion.DiscussionLaunch.class))
				.launch(launcher, 7, 3, null))
			.isInstanceOfSatisfying(org.ecs.core.notice.NoticeRefusedException.class, (ex) -> {
				assertThat(ex.getMessage()).isEqualTo("The meeting has no agenda item 3.");
				assertThat(ex.said()).containsExactly(
						org.ecs.core.text.Said.said("problem.meeting.no-item", "The meeting has no agenda item 3.", 3));
			});
	}

}
