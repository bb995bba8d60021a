package org.ecs.routes.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.ecs.core.outbox.Outbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The batched stage consumer on a real (in-VM, non-persistent) Artemis broker with the
 * pipeline's kind of address settings: redelivery, then a dead-letter queue per address.
 */
class BatchedQueueTest {

	static EmbeddedActiveMQ broker;

	static ActiveMQConnectionFactory connections;

	/** Every batch the handler was given, as lists of bodies. */
	final List<List<String>> batches = new CopyOnWriteArrayList<>();

	/** Bodies the handler fails on while they are in its batch. */
	final Set<String> failing = ConcurrentHashMap.newKeySet();

	BatchedQueue stage;

	@BeforeAll
	static void broker() throws Exception {
		broker = new EmbeddedActiveMQ();
		broker.setConfiguration(new ConfigurationImpl().setPersistenceEnabled(false)
			.setSecurityEnabled(false)
			.addAcceptorConfiguration("in-vm", "vm://7")
			.addAddressSetting("#",
					new AddressSettings().setDeadLetterAddress(SimpleString.of("DLA"))
						.setAutoCreateDeadLetterResources(true)
						.setDeadLetterQueuePrefix(SimpleString.of("DLQ."))
						.setRedeliveryDelay(0)
						.setMaxDeliveryAttempts(3)));
		broker.start();
		connections = new ActiveMQConnectionFactory("vm://7");
	}

	@AfterAll
	static void stopBroker() throws Exception {
		connections.close();
		broker.stop();
	}

	@AfterEach
	void stopStage() {
		if (this.stage != null) {
			this.stage.stop();
		}
	}

	@Test
	void shouldHandleWaitingMessagesInBatchesInQueueOrderAndSendTheirOutputInTheSameTransaction() throws Exception {
		List<String> sent = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			sent.add("m" + i);
		}
		put("test.batches.in", sent, "d-1");

		start("test.batches.in", "test.batches.out", 20);

		List<String> out = new ArrayList<>();
		await().until(() -> {
			out.addAll(received("test.batches.out", 50));
			return out.size() >= 50;
		});
		assertThat(out).containsExactlyElementsOf(sent.stream().map((b) -> "out:" + b).toList());
		List<String> handled = this.batches.stream().flatMap(List::stream).toList();
		assertThat(handled).containsExactlyElementsOf(sent);
		assertThat(this.batches).allSatisfy((b) -> assertThat(b).hasSizeLessThanOrEqualTo(20));
		// waiting messages share transactions
		assertThat(this.batches.size()).isLessThan(50);
	}

	@Test
	void shouldHandleARedeliveredMessageAloneSoOneBadMessageEndsInTheDeadLetterQueueByItself() throws Exception {
		this.failing.add("bad");
		put("test.poison.in", List.of("a", "b", "bad", "c", "d"), "d-2");

		start("test.poison.in", "test.poison.out", 10);

		List<String> out = new ArrayList<>();
		await().until(() -> {
			out.addAll(received("test.poison.out", 4));
			return out.size() >= 4;
		});
		assertThat(out).containsExactlyInAnyOrder("out:a", "out:b", "out:c", "out:d");
		assertThat(received("DLQ.test.poison.in", 1)).containsExactly("bad");
		// nothing of the failed batch went out before it was handled again
		assertThat(out).doesNotHaveDuplicates();
	}

	private void start(String in, String out, int batch) {
		this.stage = new BatchedQueue("test", connections, in, 1, batch, (messages) -> {
			List<String> bodies = messages.stream().map(BatchedQueue.Incoming::body).toList();
			this.batches.add(bodies);
			if (bodies.stream().anyMatch(this.failing::contains)) {
				throw new IllegalStateException("cannot handle " + bodies);
			}
			return bodies.stream()
				.map((b) -> new BatchedQueue.Outgoing(Outbox.queue(out), "out:" + b, null, Map.of("k", b)))
				.toList();
		});
		this.stage.start();
	}

	private static void put(String queue, List<String> bodies, String group) throws Exception {
		try (Connection c = connections.createConnection();
				Session s = c.createSession(true, Session.SESSION_TRANSACTED);
				MessageProducer p = s.createProducer(s.createQueue(queue))) {
			for (String body : bodies) {
				TextMessage m = s.createTextMessage(body);
				m.setStringProperty(Queues.GROUP, group);
				p.send(m);
			}
			s.commit();
		}
	}

	/** Up to {@code max} messages waiting on a queue, taken off it. */
	private static List<String> received(String queue, int max) throws Exception {
		List<String> bodies = new ArrayList<>();
		try (Connection c = connections.createConnection();
				Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
				MessageConsumer consumer = s.createConsumer(s.createQueue(queue))) {
			c.start();
			TextMessage m;
			while (bodies.size() < max && (m = (TextMessage) consumer.receive(200)) != null) {
				bodies.add(m.getText());
			}
		}
		return bodies;
	}

}
