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
	void shouldBeEmptyWhenNothingWasSent() {
		assertThat(new DeliverySummary(List.of(), List.of()).isEmpty()).isTrue();
	}

}
