package org.ecs.routes.messaging;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the broker retries a message whose stage failed, before it moves it to its
 * dead-letter queue: for the pipeline's stages ({@code ecs.retry.pipeline.*}: 6 attempts,
 * 0.5 s doubling up to 30 s), and for outbound deliveries ({@code ecs.retry.outbound.*}:
 * 25 attempts, 0.5 s doubling up to 5 min, about an hour and a half in all, to wait out
 * an outage of the mail server or the fax gateway). The embedded broker is configured
 * from these; a production broker needs the same address settings (README), since the
 * outbound stages read them to tell people when the next attempt is due.
 */
@ConfigurationProperties("ecs.retry")
public record RetrySettings(Policy pipeline, Policy outbound) {

	static final Policy PIPELINE = new Policy(6, Duration.ofMillis(500), 2.0, Duration.ofSeconds(30));

	static final Policy OUTBOUND = new Policy(25, Duration.ofMillis(500), 2.0, Duration.ofMinutes(5));

	public RetrySettings {
		pipeline = Policy.orDefaults(pipeline, PIPELINE);
		outbound = Policy.orDefaults(outbound, OUTBOUND);
	}

	/** The defaults. */
	public static RetrySettings defaults() {
		return new RetrySettings(null, null);
	}

	/**
	 * One address's redelivery, as Artemis does it: after the n-th delivery fails the
	 * broker waits {@code initialDelay × multiplier^(n-1)}, at most {@code maxDelay}.
	 *
	 * @param maxAttempts deliveries in all, the first included, before the dead-letter
	 * queue
	 */
	public record Policy(Integer maxAttempts, Duration initialDelay, Double multiplier, Duration maxDelay) {

		static Policy orDefaults(Policy p, Policy d) {
			if (p == null) {
				return d;
			}
			return new Policy((p.maxAttempts != null) ? p.maxAttempts : d.maxAttempts,
					(p.initialDelay != null) ? p.initialDelay : d.initialDelay,
					(p.multiplier != null) ? p.multiplier : d.multiplier,
					(p.maxDelay != null) ? p.maxDelay : d.maxDelay);
		}

		/** Whether the delivery with this count (1 for the first) is the last one. */
		public boolean isLast(int deliveryCount) {
			return deliveryCount >= this.maxAttempts;
		}

		/** When the broker delivers again after the delivery with this count failed. */
		public Instant nextAttempt(int deliveryCount, Instant failedAt) {
			double millis = this.initialDelay.toMillis() * Math.pow(this.multiplier, Math.max(0, deliveryCount - 1));
			return failedAt.plusMillis((long) Math.min(millis, this.maxDelay.toMillis()));
		}

	}

}
