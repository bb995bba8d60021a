package org.ecs.core.notification;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.ecs.core.participant.Channel;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's delivery summaries in one query on a real PostgreSQL: counts per channel and
 * status, failures by recipient name (at most 50 per thing), each thing apart.
 */
class DeliverySummariesTest {

	static EmbeddedPostgres postgres;

	static JdbcClient jdbc;

	@BeforeAll
	static void database() throws IOException {
		postgres = EmbeddedPostgres.start();
		Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
		jdbc = JdbcClient.create(postgres.getPostgresDatabase());
		for (int i = 0; i < 60; i++) {
			long p = jdbc.sql("""
					insert into participant (username, display_name, level, roles, channels, password_hash)
					values (?, ?, 'FULL', '{PARTICIPANT}', '{WEB,EMAIL}', 'x') returning id
					""").params("p" + i, String.format("Person %02d", 59 - i)).query(Long.class).single();
			// comment:1 reached everyone on the web and failed by email for all but five;
			// comment:2 reached the first five by email
			deliver(p, "comment:1", "WEB", "DELIVERED", null);
			deliver(p, "comment:1", "EMAIL", (i < 5) ? "SENT" : "FAILED", (i < 5) ? null : "550 no such user");
			if (i < 5) {
				deliver(p, "comment:2", "EMAIL", "SENT", null);
			}
		}
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Test
	void shouldCountEachThingAndNameItsFailuresByNameUpToFifty() {
		Map<String, DeliverySummary> s = new Notifications(jdbc)
			.summaries(List.of("comment:1", "comment:2", "comment:3"));
		assertThat(s).containsOnlyKeys("comment:1", "comment:2");
		DeliverySummary one = s.get("comment:1");
		assertThat(one.counts()).containsExactly(new DeliverySummary.Count(Channel.EMAIL, DeliveryStatus.FAILED, 55),
				new DeliverySummary.Count(Channel.EMAIL, DeliveryStatus.SENT, 5),
				new DeliverySummary.Count(Channel.WEB, DeliveryStatus.DELIVERED, 60));
		assertThat(one.failures()).hasSize(50);
		assertThat(one.failures()).extracting(DeliverySummary.Failure::recipient)
			.isSorted()
			.startsWith("Person 00", "Person 01")
			.endsWith("Person 49");
		assertThat(one.failures().get(0).reason()).isEqualTo("550 no such user");
		assertThat(one.failures().get(0).attempts()).isEqualTo(1);
		DeliverySummary two = s.get("comment:2");
		assertThat(two.counts()).containsExactly(new DeliverySummary.Count(Channel.EMAIL, DeliveryStatus.SENT, 5));
		assertThat(two.failures()).isEmpty();
	}

	private static void deliver(long recipient, String key, String channel, String status, String error) {
		Long n = jdbc
			.sql("""
					insert into notification (recipient_id, kind, source_key, subject, body) values (?, 'COMMENT_PUBLISHED', ?, 's', 'b')
					on conflict (recipient_id, source_key) do update set subject = excluded.subject returning id
					""")
			.params(recipient, key)
			.query(Long.class)
			.single();
		jdbc.sql(
				"""
						insert into notification_delivery (notification_id, channel, status, attempts, last_error) values (?, ?, ?, 1, ?)
						""")
			.params(n, channel, status, error)
			.update();
	}

}
