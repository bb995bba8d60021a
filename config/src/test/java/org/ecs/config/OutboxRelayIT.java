package org.ecs.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.jms.ConnectionFactory;
import org.ecs.core.outbox.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay after a crash between the broker's commit and the delete of the rows: the
 * broker has already taken one of the messages (same duplicate-detection id), so the
 * batch's transaction is refused; the relay must hand the batch over one by one, where
 * the broker drops only the duplicate, and delete the rows. Before, the one-by-one retry
 * got the refused transacted session back and the relay stalled for good behind that row
 * (found by the random-kill test: the outbox never emptied after a restart).
 */
@EcsIntegrationTest
class OutboxRelayIT {

	static final String QUEUE = "ecs.test.relay";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ConnectionFactory connections;

	@Autowired
	Outbox outbox;

	@Test
	void shouldHandOverABatchHoldingAMessageTheBrokerAlreadyTook() {
		UUID taken = UUID.randomUUID();
		JmsTemplate jms = new JmsTemplate(this.connections);
		// the broker committed this one before the crash
		jms.convertAndSend(QUEUE, "first", (m) -> {
			m.setStringProperty("_AMQ_DUPL_ID", taken.toString());
			return m;
		});
		this.transaction.executeWithoutResult((s) -> {
			this.jdbc.sql("insert into outbox (message_id, destination, body) values (?, ?, 'first')")
				.params(taken, "queue:" + QUEUE)
				.update();
			this.jdbc.sql("insert into outbox (destination, body) values (?, 'second')")
				.param("queue:" + QUEUE)
				.update();
		});

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select count(*) from outbox where destination = ?")
				.param("queue:" + QUEUE)
				.query(Long.class)
				.single() == 0);
		jms.setReceiveTimeout(5_000);
		List<Object> received = new ArrayList<>();
		for (Object body = jms.receiveAndConvert(QUEUE); body != null; body = receiveMore(jms)) {
			received.add(body);
		}
		assertThat(received).containsExactly("first", "second");
	}

	@Test
	void shouldHandOverManyMessagesAddedInOneStatementInTheirOrder() {
		String queue = QUEUE + ".many";
		List<Outbox.Message> messages = new ArrayList<>();
		for (int i = 0; i < 1_200; i++) {
			messages.add(new Outbox.Message(Outbox.queue(queue), "m" + i, null));
		}
		this.transaction.executeWithoutResult((s) -> this.outbox.appendAll(messages));

		JmsTemplate jms = new JmsTemplate(this.connections);
		jms.setReceiveTimeout(30_000);
		List<Object> received = new ArrayList<>();
		for (int i = 0; i < 1_200; i++) {
			received.add(jms.receiveAndConvert(queue));
		}
		assertThat(received).isEqualTo(messages.stream().map(Outbox.Message::body).toList());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select count(*) from outbox where destination = ?")
				.param(Outbox.queue(queue))
				.query(Long.class)
				.single() == 0);
	}

	private static Object receiveMore(JmsTemplate jms) {
		jms.setReceiveTimeout(2_000);
		return jms.receiveAndConvert(QUEUE);
	}

}
