package org.ecs.gateways.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated replies of {@link ClientReplies}, trimmed as the gateway trims them and
 * scored exact as METRICS.md says: at least 95% overall.
 */
class ClientRepliesTest {

	@Test
	void shouldGiveWhatTheAuthorWroteForAtLeast95PercentOfClientReplies() {
		ClientReplies.Score score = ClientReplies.score(new ReplyTrimmer(), true);
		System.out.println(score.table());
		System.out.println(score.misses(Integer.getInteger("ecs.replies.misses", 0)));
		assertThat(score.cases()).isGreaterThan(1_000);
		assertThat(score.rate()).as(score.misses(15)).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void shouldStillGiveWhatTheAuthorWroteForMostRepliesWithoutKnowingWhatWasSent() {
		ClientReplies.Score score = ClientReplies.score(new ReplyTrimmer(), false);
		System.out.println("without the sent notification: " + score.table());
		// bottom-posted replies under an unquoted copy (Outlook) cannot be told apart
		assertThat(score.rate()).as(score.misses(5)).isGreaterThanOrEqualTo(0.85);
	}

}
