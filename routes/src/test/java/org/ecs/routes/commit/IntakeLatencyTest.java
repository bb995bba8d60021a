package org.ecs.routes.commit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.ecs.core.participant.Channel;
import org.ecs.core.review.ApprovedContribution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeLatencyTest {

	@Test
	void shouldTimeFromReceiptToCommitPerChannelWhenAContributionIsCommitted() {
		Instant now = Instant.parse("2026-12-02T12:00:00Z");
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		IntakeLatency latency = new IntakeLatency(registry, Clock.fixed(now, ZoneOffset.UTC));
		ApprovedContribution approved = new ApprovedContribution(UUID.randomUUID(), 1, 2, Channel.FAX,
				now.minus(Duration.ofMinutes(90)), "text", 3L, null);

		assertThat(latency.observe(approved)).isSameAs(approved);

		assertThat(registry.get(IntakeLatency.METER).tag("channel", "FAX").timer().totalTime(TimeUnit.MINUTES))
			.isEqualTo(90.0);
		assertThat(registry.find(IntakeLatency.METER).tag("channel", "EMAIL").timer()).isNull();
	}

}
