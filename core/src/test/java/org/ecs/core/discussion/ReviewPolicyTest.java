package org.ecs.core.discussion;

import org.ecs.core.participant.Channel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewPolicyTest {

	@Test
	void shouldReviewEveryChannelWhenThePolicyIsEvery() {
		assertThat(ReviewPolicy.EVERY.requiresReview(Channel.WEB)).isTrue();
		assertThat(ReviewPolicy.EVERY.requiresReview(Channel.EMAIL)).isTrue();
		assertThat(ReviewPolicy.EVERY.requiresReview(Channel.FAX)).isTrue();
	}

	@Test
	void shouldPublishWebCommentsAtOnceWhenOnlyEmailAndFaxAreReviewed() {
		assertThat(ReviewPolicy.EMAIL_AND_FAX.requiresReview(Channel.WEB)).isFalse();
		assertThat(ReviewPolicy.EMAIL_AND_FAX.requiresReview(Channel.EMAIL)).isTrue();
		assertThat(ReviewPolicy.EMAIL_AND_FAX.requiresReview(Channel.FAX)).isTrue();
	}

	@Test
	void shouldStillReviewFaxTranscriptionsWhenThePolicyIsNone() {
		assertThat(ReviewPolicy.NONE.requiresReview(Channel.WEB)).isFalse();
		assertThat(ReviewPolicy.NONE.requiresReview(Channel.EMAIL)).isFalse();
		assertThat(ReviewPolicy.NONE.requiresReview(Channel.FAX)).isTrue();
	}

}
