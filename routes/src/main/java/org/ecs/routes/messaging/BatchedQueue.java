package org.ecs.routes.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.ecs.core.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;

/**
 * A pipeline stage that takes its queue in batches: up to {@code batch} waiting messages
 * in one broker transaction, handed to one call of its {@link Handler} (which writes to
 * the database in one transaction of its own), whose messages for the next stage are sent
 * in the same broker transaction, which then commits. So a burst costs one database
 * commit and one journal sync per batch, not per message, and the order of a queue (and
 * of an Artemis message group, one discussion's) is kept: a consumer handles its batches
 * one after the other.
 * <p>
 * As with a one-message consumer, nothing is acknowledged before the handler's writes are
 * committed, and a crash between that commit and the broker's redelivers the batch, which
 * the handler's idempotent writes absorb. When the handler fails the batch is rolled back
 * and the broker redelivers it with back-off; a redelivered message is then handled
 * alone, so one message that cannot be handled ends in its dead-letter queue by itself
 * and holds back no other.
 */
public final class BatchedQueue implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BatchedQueue.class);

	private static final String DELIVERY_COUNT = "JMSXDeliveryCount";

	private final String name;

	private final ConnectionFactory connections;

	private final String queue;

	private final int consumers;

	private final int batch;

	private final Handler handler;

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	/**
	 * @param name names the consumer threads and the log lines
	 * @param queue the queue consumed
	 * @param consumers how many consume it at once in this instance (each with its own
	 * session; a message group stays on one of them)
	 * @param batch most messages per transaction
	 */
	public BatchedQueue(String name, ConnectionFactory connections, String queue, int consumers, int batch,
			Handler handler) {
		this.name = name;
		this.connections = connections;
		this.queue = queue;
		this.consumers = Math.max(1, consumers);
		this.batch = Math.max(1, batch);
		this.handler = handler;
	}

	/** One message taken from the queue. */
	public record Incoming(String body, String group, int deliveryCount) {
	}

	/**
	 * A message for the next stage, sent in the batch's broker transaction.
	 *
	 * @param destination as the outbox writes it ({@link Outbox#queue(String)},
	 * {@link Outbox#topic(String)})
	 * @param group its message group, or null
	 * @param properties string properties it carries
	 */
	public record Outgoing(String destination, String body, String group, Map<String, String> properties) {

		public Outgoing {
			properties = (properties == null) ? Map.of() : Map.copyOf(properties);
		}

	}

	/** Handles one batch in one database transaction. */
	@FunctionalInterface
	public interface Handler {

		/**
		 * @param batch in queue order, never empty
		 * @return the messages for the next stage
		 */
		List<Outgoing> handle(List<Incoming> batch) throws Exception;

	}

	/**
	 * Takes one batch and handles it.
	 * @return how many messages it held (0 when the queue stayed empty for the wait)
	 */
	int takeBatch(Session session, MessageConsumer consumer, Duration wait) throws JMSException {
		Message first = consumer.receive(wait.toMillis());
		if (first == null) {
			return 0;
		}
		List<Message> taken = new ArrayList<>();
		taken.add(first);
		// a redelivered message goes alone: the batch it came in failed
		if (deliveryCount(first) <= 1) {
			Message next;
			while (taken.size() < this.batch && (next = consumer.receiveNoWait()) != null) {
				taken.add(next);
			}
		}
		List<Incoming> incoming = new ArrayList<>(taken.size());
		for (Message m : taken) {
			incoming.add(new Incoming(body(m), m.getStringProperty(Queues.GROUP), deliveryCount(m)));
		}
		List<Outgoing> outgoing;
		try {
			outgoing = this.handler.handle(incoming);
		}
		catch (Exception ex) {
			log.warn("{}: {} messages not handled, the broker redelivers them: {}", this.name, taken.size(),
					ex.toString(), ex);
			session.rollback();
			return taken.size();
		}
		finally {
			MDC.remove(ContributionLogContext.MDC_KEY);
		}
		NextStage.send(session, outgoing);
		session.commit();
		return taken.size();
	}

	private static String body(Message m) throws JMSException {
		if (m instanceof TextMessage text) {
			return text.getText();
		}
		return m.getBody(String.class);
	}

	private static int deliveryCount(Message m) {
		try {
			return m.propertyExists(DELIVERY_COUNT) ? m.getIntProperty(DELIVERY_COUNT) : 1;
		}
		catch (JMSException | RuntimeException ex) {
			return 1;
		}
	}

	private void consume() {
		BackOff backOff = new BackOff();
		while (this.running) {
			try (Connection connection = this.connections.createConnection();
					Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
					MessageConsumer consumer = session.createConsumer(session.createQueue(this.queue))) {
				connection.start();
				backOff.worked();
				while (this.running) {
					takeBatch(session, consumer, Duration.ofMillis(500));
				}
			}
			catch (JMSException | RuntimeException ex) {
				if (!this.running) {
					return;
				}
				Duration wait = backOff.failed();
				log.warn("{}: the queue {} could not be read; again in {}: {}", this.name, this.queue, wait,
						ex.toString());
				if (!BackOff.sleep(wait)) {
					return;
				}
			}
		}
	}

	@Override
	public void start() {
		this.running = true;
		for (int i = 0; i < this.consumers; i++) {
			Thread t = new Thread(this::consume, this.name + "-" + (i + 1));
			t.setDaemon(true);
			this.threads.add(t);
			t.start();
		}
	}

	@Override
	public void stop() {
		this.running = false;
		// a consumer finishes the batch in hand; its receive ends within its wait
		for (Thread t : this.threads) {
			try {
				t.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		this.threads.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Starts after the broker connection and before the outbox relay, and stops after it.
	 */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 4096;
	}

}
