package org.ecs.config.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the discussion store knows of the pipeline, as gauges read at most every
 * {@link #MAX_AGE} (one scrape every 15 s costs two small queries):
 * <ul>
 * <li>{@code ecs.review.backlog}: contributions waiting for a coordinator;
 * {@code ecs.review.oldest} the seconds the oldest of them has waited;</li>
 * <li>{@code ecs.deliveries{channel,status}}: notification deliveries per channel and
 * outcome (queued, sent, delivered, failed, bounced), whichever instance made them.</li>
 * </ul>
 * Every instance reports the same figures: a dashboard takes their maximum, not their
 * sum.
 */
@Component
class PipelineMetrics implements SmartInitializingSingleton {

	static final Duration MAX_AGE = Duration.ofSeconds(10);

	static final String[] CHANNELS = { "WEB", "EMAIL", "FAX" };

	static final String[] STATUSES = { "QUEUED", "SENT", "DELIVERED", "FAILED", "BOUNCED" };

	private final JdbcTemplate jdbc;

	private final MeterRegistry registry;

	private final Clock clock;

	private Snapshot snapshot;

	PipelineMetrics(JdbcTemplate jdbc, MeterRegistry registry, Clock clock) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Gauge.builder("ecs.review.backlog", this, (m) -> m.current().backlog())
			.description("Contributions waiting for review")
			.register(this.registry);
		Gauge.builder("ecs.review.oldest", this, (m) -> m.current().oldestSeconds())
			.description("Seconds the oldest contribution waiting for review has waited")
			.baseUnit("seconds")
			.register(this.registry);
		for (String channel : CHANNELS) {
			for (String status : STATUSES) {
				String key = channel + "/" + status;
				Gauge.builder("ecs.deliveries", this, (m) -> m.current().deliveries().getOrDefault(key, 0L))
					.description("Notification deliveries by channel and outcome")
					.tag("channel", channel)
					.tag("status", status)
					.register(this.registry);
			}
		}
	}

	synchronized Snapshot current() {
		Instant now = this.clock.instant();
		if (this.snapshot == null || this.snapshot.at().plus(MAX_AGE).isBefore(now)) {
			this.snapshot = read(now);
		}
		return this.snapshot;
	}

	private Snapshot read(Instant now) {
		try {
			Map<String, Object> review = this.jdbc.queryForMap("""
					select count(*) as backlog, min(created_at) as oldest
					from review_item where state = 'PENDING'
					""");
			Map<String, Long> deliveries = new HashMap<>();
			this.jdbc.query("select channel, status, count(*) from notification_delivery group by channel, status",
					(row) -> {
						deliveries.put(row.getString(1) + "/" + row.getString(2), row.getLong(3));
					});
			Object oldest = review.get("oldest");
			double oldestSeconds = (oldest instanceof java.sql.Timestamp t)
					? Duration.between(t.toInstant(), now).toMillis() / 1000.0 : 0;
			return new Snapshot(now, ((Number) review.get("backlog")).doubleValue(), oldestSeconds, deliveries);
		}
		catch (RuntimeException ex) {
			// the database is away: no figure rather than a wrong one
			return new Snapshot(now, Double.NaN, Double.NaN, Map.of());
		}
	}

	record Snapshot(Instant at, double backlog, double oldestSeconds, Map<String, Long> deliveries) {
	}

}
