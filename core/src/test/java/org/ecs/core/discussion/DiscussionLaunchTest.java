package org.ecs.core.discussion;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

}
