package org.ecs.routes.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import org.ecs.core.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jms.support.JmsUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands the outbox to the broker: in one database transaction it locks a batch of rows
 * (skipping rows another instance holds), sends them in one broker transaction, and
 * deletes them. A crash before the broker's commit leaves the rows to be sent again; a
 * crash after it but before the delete sends them again with the same duplicate-detection
 * id ({@code _AMQ_DUPL_ID}), which the broker drops. One thread per instance; it wakes as
 * soon as a transaction of this instance wrote to the outbox, and polls for the rest.
 */
@Component
class OutboxRelay implements SmartLifecycle {

	/** Artemis drops a message whose id it has seen on the same address. */
	static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final Outbox outbox;

	private final TransactionTemplate transaction;

	private final ConnectionFactory connections;

	private final OutboxSettings settings;

	private volatile Thread thread;

	private volatile boolean running;

	OutboxRelay(Outbox outbox, PlatformTransactionManager transactions, jakarta.jms.ConnectionFactory connections,
			OutboxSettings settings) {
		this.outbox = outbox;
		this.transaction = new TransactionTemplate(transactions);
		this.connections = connections;
		this.settings = settings;
	}

	/**
	 * Hands over one batch.
	 * @return how many messages were handed over
	 */
	int relayBatch() {
		Integer sent = this.transaction.execute((status) -> {
			List<Outbox.Entry> batch = this.outbox.claim(this.settings.batch());
			if (batch.isEmpty()) {
				return 0;
			}
			try {
				handOver(batch, true);
			}
			catch (JMSException | RuntimeException ex) {
				// the broker rolls back a whole transaction that holds a message it has
				// seen (a crash after its commit, before our delete): send one by one
				// outside a transaction, where it drops just the duplicates
				log.info("Handing {} outbox messages over one by one: {}", batch.size(), ex.toString());
				try {
					handOver(batch, false);
				}
				catch (JMSException ex2) {
					throw JmsUtils.convertJmsAccessException(ex2);
				}
			}
			this.outbox.remove(batch);
			return batch.size();
		});
		return (sent != null) ? sent : 0;
	}

	/**
	 * Sends a batch on a session of its own, taken from the connection factory directly:
	 * a {@code JmsTemplate} inside the database transaction would bind its session to
	 * that transaction, and the one-by-one retry would get the same transacted session
	 * back and fail on the same duplicate for ever (the random-kill test found the relay
	 * stuck so after a kill between the broker's commit and the delete).
	 */
	private void handOver(List<Outbox.Entry> batch, boolean transacted) throws JMSException {
		try (Connection connection = this.connections.createConnection();
				Session session = transacted ? connection.createSession(true, Session.SESSION_TRANSACTED)
						: connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
			send(session, batch);
		}
	}

	/** Sends the batch, each message with its id for the broker's duplicate detection. */
	private static void send(Session session, List<Outbox.Entry> batch) throws JMSException {
		NextStage.send(session,
				batch.stream()
					.map((e) -> new BatchedQueue.Outgoing(e.destination(), e.body(), e.group(),
							Map.of(DUPLICATE_ID, e.messageId().toString())))
					.toList());
		if (session.getTransacted()) {
			session.commit();
		}
	}

	private void loop() {
		BackOff backOff = new BackOff();
		while (this.running) {
			try {
				if (relayBatch() < this.settings.batch()) {
					this.outbox.awaitAppended(this.settings.poll());
				}
				backOff.worked();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				if (!this.running) {
					return;
				}
				Duration wait = backOff.failed();
				log.warn("The outbox relay could not hand messages to the broker; retrying in {}: {}", wait,
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
		Thread t = new Thread(this::loop, "outbox-relay");
		t.setDaemon(true);
		this.thread = t;
		t.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread t = this.thread;
		if (t != null) {
			t.interrupt();
			try {
				t.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Starts after the broker connection and the routes, and stops before them, so what
	 * it hands over has consumers.
	 */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 2048;
	}

}
