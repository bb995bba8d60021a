package org.ecs.routes.commit;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.ecs.core.review.ApprovedContribution;
import org.springframework.stereotype.Component;

/**
 * Intake latency, {@code ecs.intake.latency{channel}}: from a contribution's received-at
 * to its commit, review time included, per channel. A redelivered commit is timed again
 * (it is rare, and the idempotent store makes it a no-op).
 */
@Component
class IntakeLatency {

	static final String METER = "ecs.intake.latency";

	private final MeterRegistry registry;

	private final Clock clock;

	IntakeLatency(MeterRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	ApprovedContribution observe(ApprovedContribution approved) {
		Timer.builder(METER)
			.description("From a contribution's receipt to its commit, review included")
			.tag("channel", approved.channel().name())
			.publishPercentileHistogram()
			.maximumExpectedValue(Duration.ofDays(7))
			.register(this.registry)
			.record(Duration.between(approved.receivedAt(), this.clock.instant()).abs());
		return approved;
	}

}
