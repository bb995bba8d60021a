package org.ecs.core.discussion;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;
import org.ecs.core.notice.Addressee;
import org.ecs.core.notice.NoticeDispatch;
import org.ecs.core.notice.NoticeRefusedException;
import org.ecs.core.notice.Notices;
import org.ecs.core.participant.ParticipantDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

class DiscussionLaunchTest {

	@Test
	void shouldAnnounceWhoLaunchedWhatUntilWhenAndTheInvitation() {
		Participant alice = new Participant(1, "alice", "Alice Full", null, null, "AUT", "en", Level.FULL,
				Set.of(Role.PARTICIPANT), EnumSet.of(Channel.WEB), true);
		Discussion d = new Discussion(7, "Noble gas background", SubjectKind.PAPER, "INF.9", "Views are invited.", 4,
				Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-12-09T17:00:00Z"), ReviewPolicy.EVERY);

		assertThat(DiscussionLaunch.announcement(alice, d, "Cora")).isEqualTo("""
				Alice Full launched a discussion on the paper INF.9: "Noble gas background".
				Coordinator: Cora.
				Input is invited until 9 December 2026, 17:00 UTC.

				Views are invited.""");
	}

	@Test
	void shouldRefuseALaunchNamingUnknownAddresseesOrMoreThanTheMaximum() {
		Instant now = Instant.parse("2026-12-02T10:00:00Z");
		Participant cora = new Participant(4, "cora", "Cora", null, null, "AUT", "en", Level.FULL,
				Set.of(Role.PARTICIPANT, Role.COORDINATOR), EnumSet.of(Channel.WEB), true);
		Discussions discussions = mock(Discussions.class);
		ParticipantDirectory participants = mock(ParticipantDirectory.class);
		Notices notices = mock(Notices.class);
		NoticeDispatch dispatch = mock(NoticeDispatch.class);
		given(participants.findById(4)).willReturn(java.util.Optional.of(cora));
		DiscussionLaunch launch = new DiscussionLaunch(discussions, participants, notices, dispatch,
				new DiscussionAccess(discussions), java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));
		java.util.List<Addressee> many = java.util.stream.LongStream.range(0, 10_000)
			.mapToObj(Addressee::person)
			.toList();

		assertThatThrownBy(() -> launch.launch(cora,
				new Launch("Item 5", SubjectKind.TOPIC, null, "", null, now.plus(java.time.Duration.ofDays(7)), null,
						many)))
			.isInstanceOf(NoticeRefusedException.class)
			.hasMessageContaining("audience: invite at most 500 people or groups (10000 were named)");

		java.util.List<Addressee> some = java.util.List.of(Addressee.person(1), Addressee.person(987654321),
				Addressee.state("ZZZ"));
		given(notices.unknown(some)).willReturn(java.util.List.of(Addressee.person(987654321), Addressee.state("ZZZ")));
		assertThatThrownBy(() -> launch.launch(cora,
				new Launch("Item 5", SubjectKind.TOPIC, null, "", null, now.plus(java.time.Duration.ofDays(7)), null,
						some)))
			.isInstanceOf(NoticeRefusedException.class)
			.hasMessageContaining("audience: nobody is known as person:987654321, state:ZZZ.");
		assertThatThrownBy(() -> launch.launch(cora,
				new Launch("Item\u0000 5", SubjectKind.TOPIC, null, "", null, now.plus(java.time.Duration.ofDays(7)),
						null, java.util.List.of(Addressee.person(1)))))
			.isInstanceOf(NoticeRefusedException.class)
			.hasMessageContaining("title: contains the control character U+0000");
		then(dispatch).should(never()).storeThenPublish(any());
	}

}
