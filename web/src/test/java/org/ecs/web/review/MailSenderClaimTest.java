package org.ecs.web.review;

import java.time.Instant;
import java.util.UUID;

import org.ecs.core.participant.Channel;
import org.ecs.core.review.ReviewItem;
import org.ecs.core.review.ReviewState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailSenderClaimTest {

	private static ReviewItem item(Channel channel, String facts) {
		return new ReviewItem(UUID.randomUUID(), 1L, "D", channel, null, null, Instant.now(), "text", null,
				ReviewState.PENDING, null, null, Instant.now(), facts, null);
	}

	@Test
	void shouldShowTheClaimedFromOfAnUnprovenMail() {
		assertThat(MailSenderClaim.of(item(Channel.EMAIL,
				"{\"email.from\":\"alice@example.org\",\"email.senderUnproven\":\"no reply token\"}")))
			.hasValue(new MailSenderClaim("alice@example.org", "no reply token"));
	}

	@Test
	void shouldShowNothingWhenTheSenderIsProvenOrItIsNoMail() {
		assertThat(MailSenderClaim.of(item(Channel.EMAIL, "{\"email.from\":\"alice@example.org\"}"))).isEmpty();
		assertThat(MailSenderClaim.of(item(Channel.FAX, "{\"email.senderUnproven\":\"x\"}"))).isEmpty();
		assertThat(MailSenderClaim.of(item(Channel.EMAIL, null))).isEmpty();
	}

}
