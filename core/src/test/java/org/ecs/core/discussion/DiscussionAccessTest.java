package org.ecs.core.discussion;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.ecs.core.discussion.DiscussionAccess.Refusal;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/** Who may post, with and without the audience asked again. */
class DiscussionAccessTest {

	static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

	final Participant alice = new Participant(1, "alice", "Alice", "alice@example.org", null, "AUT", "en", Level.FULL,
			Set.of(Role.PARTICIPANT), EnumSet.of(Channel.WEB), true);

	final Participant observer = new Participant(2, "olga", "Olga", "olga@example.org", null, "AUT", "en",
			Level.MONITORING, Set.of(Role.PARTICIPANT), EnumSet.of(Channel.WEB), true);

	final Discussion open = new Discussion(10, "Draft", SubjectKind.PAPER, "INF.1", "", 4,
			NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(5)), ReviewPolicy.EVERY);

	final Discussions discussions = mock(Discussions.class);

	final DiscussionAccess access = new DiscussionAccess(this.discussions);

	@Test
	void shouldRefuseSomeoneOutsideTheAudienceWhenAskedInFull() {
		given(this.discussions.isInAudience(10, 1)).willReturn(false);

		assertThat(this.access.refusalToPost(this.alice, this.open, NOW)).contains(Refusal.NOT_IN_AUDIENCE);
	}

	@Test
	void shouldNotAskForTheAudienceAgainWhenTheReaderWasAdmitted() {
		assertThat(this.access.refusalToPostReader(this.alice, this.open, NOW)).isEmpty();
		assertThat(this.access.refusalToPostReader(this.observer, this.open, NOW)).contains(Refusal.MONITORING_ONLY);
		assertThat(this.access.refusalToPostReader(this.alice, this.open, NOW.plus(Duration.ofDays(6))))
			.contains(Refusal.CLOSED);
		then(this.discussions).should(never()).isInAudience(anyLong(), anyLong());
	}

}
