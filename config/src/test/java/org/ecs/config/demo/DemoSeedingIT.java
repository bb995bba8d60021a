package org.ecs.config.demo;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.ecs.config.EcsIntegrationTest;
import org.ecs.core.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two ECS instances that start together on one empty database seed the demo data once:
 * the second waits for the first's seed under a database lock, then finds the accounts
 * (before, both inserted, one failed on a unique key and its container restarted).
 */
@EcsIntegrationTest
class DemoSeedingIT {

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void shouldSeedOneInstanceAtATime() throws Exception {
		long before = participants();
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		// another instance in the middle of its seed
		CompletableFuture<Void> other = CompletableFuture.runAsync(() -> this.transaction.executeWithoutResult((s) -> {
			this.jdbc.sql("select pg_advisory_xact_lock(?)").param(DemoData.SEED_LOCK).query((rs, i) -> 0).list();
			held.countDown();
			try {
				release.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> seeding = CompletableFuture.runAsync(this.demo::afterSingletonsInstantiated);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select count(*) from pg_locks where locktype = 'advisory' and not granted")
				.query(Long.class)
				.single() == 1);
		assertThat(seeding).as("this instance waits for the other's seed").isNotDone();

		release.countDown();
		other.get(30, TimeUnit.SECONDS);
		seeding.get(60, TimeUnit.SECONDS);
		assertThat(participants()).as("the accounts were there; nothing seeded twice").isEqualTo(before);
	}

	private long participants() {
		return this.jdbc.sql("select count(*) from participant").query(Long.class).single();
	}

}
