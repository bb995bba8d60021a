package org.ecs.core.discussion;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiscussionTest {

	static final Instant OPENS = Instant.parse("2026-11-01T00:00:00Z");

	static final Instant DEADLINE = Instant.parse("2026-11-15T12:00:00Z");

	final Discussion discussion = new Discussion(1, "t", SubjectKind.PAPER, "ref", "", 2, OPENS, DEADLINE,
			ReviewPolicy.EVERY);

	@Test
	void shouldAcceptInputReceivedBeforeTheDeadline() {
		assertThat(this.discussion.acceptsInputReceivedAt(DEADLINE.minusMillis(1))).isTrue();
		assertThat(this.discussion.acceptsInputReceivedAt(OPENS)).isTrue();
	}

	@Test
	void shouldRefuseInputReceivedAtOrAfterTheDeadline() {
		assertThat(this.discussion.acceptsInputReceivedAt(DEADLINE)).isFalse();
		assertThat(this.discussion.isClosedAt(DEADLINE)).isTrue();
	}

	@Test
	void shouldRefuseInputReceivedBeforeTheOpening() {
		assertThat(this.discussion.acceptsInputReceivedAt(OPENS.minusSeconds(1))).isFalse();
		assertThat(this.discussion.isClosedAt(OPENS.minusSeconds(1))).isFalse();
	}

	@Test
	void shouldOpenFromTheStartOfTheOpeningSecondSoAReplyStampedInThatSecondIsNotEarly() {
		Instant launched = Instant.parse("2026-11-25T10:00:00.734Z");
		Instant replyStamped = Instant.parse("2026-11-25T10:00:00Z");
		Discussion opened = new Discussion(1, "t", SubjectKind.PAPER, "ref", "", 2, launched,
				DEADLINE.plusSeconds(3600 * 24 * 30), ReviewPolicy.EVERY);

		assertThat(replyStamped).isBefore(launched);
		assertThat(opened.hasOpenedBy(replyStamped)).isTrue();
		assertThat(opened.acceptsInputReceivedAt(replyStamped)).isTrue();
		assertThat(opened.hasOpenedBy(replyStamped.minusMillis(1))).isFalse();
	}

}
