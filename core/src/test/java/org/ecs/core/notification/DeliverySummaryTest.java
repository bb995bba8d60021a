package org.ecs.core.notification;

import java.util.List;

import org.ecs.core.participant.Channel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliverySummaryTest {

	@Test
	void shouldSayPerChannelHowManyWereDeliveredSentOrFailed() {
		DeliverySummary summary = new DeliverySummary(
				List.of(new DeliverySummary.Count(Channel.WEB, DeliveryStatus.DELIVERED, 6),
						new DeliverySummary.Count(Channel.EMAIL, DeliveryStatus.SENT, 2),
						new DeliverySummary.Count(Channel.FAX, DeliveryStatus.QUEUED, 1),
						new DeliverySummary.Count(Channel.FAX, DeliveryStatus.FAILED, 1)),
				List.of());

		assertThat(summary.line()).isEqualTo("web: 6 delivered · email: 2 sent · fax: 1 queued, 1 failed");
	}

	@Test
	void shouldSayADeliveryIsWaitingToRetryWithItsAttemptAndWhenNextRatherThanFailed() {
		DeliverySummary summary = new DeliverySummary(
				List.of(new DeliverySummary.Count(Channel.WEB, DeliveryStatus.DELIVERED, 6),
						new DeliverySummary.Count(Channel.EMAIL, DeliveryStatus.RETRYING, 1)),
				List.of(new DeliverySummary.Failure("Bruno", Channel.EMAIL, DeliveryStatus.RETRYING,
						"Connection refused", 3, java.time.Instant.parse("2026-12-02T14:05:10Z")),
						new DeliverySummary.Failure("Faith", Channel.FAX, DeliveryStatus.FAILED, "busy", 25, null)));

		assertThat(summary.line()).isEqualTo("web: 6 delivered · email: 1 waiting to retry");
		assertThat(summary.failures()).map(DeliverySummary.Failure::line)
			.containsExactly("email to Bruno waiting to retry (attempt 3, next at 14:05:10 UTC): Connection refused",
					"fax to Faith failed: busy");
	}

	@Test
	void shouldBeEmptyWhenNothingWasSent() {
		assertThat(new DeliverySummary(List.of(), List.of()).isEmpty()).isTrue();
	}

}
