package org.ecs.core.contribution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.DiscussionAccess;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.discussion.ReviewPolicy;
import org.ecs.core.discussion.SubjectKind;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/** The rules the comment form and the API share, before anything is stored. */
class WebContributionsTest {

	static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

	final Participant alice = new Participant(1, "alice", "Alice", "alice@example.org", null, "AUT", "en", Level.FULL,
			Set.of(Role.PARTICIPANT), EnumSet.of(Channel.WEB), true);

	final Discussion open = new Discussion(10, "Draft", SubjectKind.PAPER, "INF.1", "", 4,
			NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(5)), ReviewPolicy.EVERY);

	final Discussions discussions = mock(Discussions.class);

	final Contributions contributions = mock(Contributions.class);

	final WebContributions web = new WebContributions(this.discussions, new DiscussionAccess(this.discussions),
			this.contributions, mock(ContributionIntake.class), Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void shouldRefuseANulInTheTextNamingTheFieldBeforeStoringAnything() {
		given(this.discussions.findById(10)).willReturn(Optional.of(this.open));
		given(this.discussions.isInAudience(10, 1)).willReturn(true);

		assertThatThrownBy(() -> this.web.post(this.alice, 10, "before\u0000after", null))
			.isInstanceOfSatisfying(ContributionRefusedException.class,
					(ex) -> org.assertj.core.api.Assertions.assertThat(ex.isInvalid()).isTrue())
			.hasMessage("text: contains the control character U+0000, which text cannot hold.");
		assertThatThrownBy(() -> this.web.post(this.alice, 10, "Agreed.", "k".repeat(1_000_000)))
			.isInstanceOf(ContributionRefusedException.class)
			.hasMessage("requestKey: at most 200 characters.");
		then(this.contributions).should(never()).record(any());
	}

}
