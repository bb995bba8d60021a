package org.ecs.core.outbox;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactional outbox: a message that a database decision leads to is written here
 * in the decision's own transaction, so a crash at any instant keeps both or neither. One
 * relay (in the routes module) hands the rows to the broker and deletes them; it is woken
 * as soon as a transaction that wrote here commits, and polls as well for rows written by
 * other instances.
 */
@Repository
public class Outbox {

	private final JdbcClient jdbc;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition appended = this.lock.newCondition();

	private boolean pending;

	public Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds a message in the caller's transaction (or at once, outside one).
	 * @param destination {@code queue:<name>} or {@code topic:<name>}
	 * @param group the message group that keeps related messages in order, or null
	 */
	public void append(String destination, String body, String group) {
		this.jdbc.sql("insert into outbox (destination, body, group_id) values (?, ?, ?)")
			.params(destination, body, group)
			.update();
		signalAfterCommit();
	}

	/**
	 * Adds many messages in the caller's transaction in one statement (a fan-out to
	 * thousands), in the order given.
	 */
	public void appendAll(List<Message> messages) {
		if (messages.isEmpty()) {
			return;
		}
		int n = messages.size();
		String[] destinations = new String[n];
		String[] bodies = new String[n];
		String[] groups = new String[n];
		for (int i = 0; i < n; i++) {
			Message m = messages.get(i);
			destinations[i] = m.destination();
			bodies[i] = m.body();
			groups[i] = m.group();
		}
		this.jdbc.sql("""
				insert into outbox (destination, body, group_id)
				select d, b, g from unnest(?::text[], ?::text[], ?::text[]) with ordinality as m(d, b, g, i)
				order by i
				""").params(destinations, bodies, groups).update();
		signalAfterCommit();
	}

	private void signalAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					signal();
				}
			});
		}
		else {
			signal();
		}
	}

	/**
	 * The oldest unsent messages, locked for the caller's transaction; rows another relay
	 * holds are skipped, so two instances never hand over the same row at once.
	 */
	public List<Entry> claim(int max) {
		return this.jdbc.sql("""
				select id, message_id, destination, body, group_id from outbox
				order by id limit ? for update skip locked
				""")
			.param(max)
			.query((rs, i) -> new Entry(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	/** Removes messages the broker has taken. */
	public void remove(List<Entry> sent) {
		if (sent.isEmpty()) {
			return;
		}
		Long[] ids = sent.stream().map(Entry::id).toArray(Long[]::new);
		this.jdbc.sql("delete from outbox where id = any(?)").param(ids).update();
	}

	public int size() {
		return this.jdbc.sql("select count(*) from outbox").query(Integer.class).single();
	}

	/**
	 * Waits until a transaction of this instance wrote to the outbox and committed, or
	 * the time is up.
	 */
	public void awaitAppended(Duration atMost) throws InterruptedException {
		this.lock.lock();
		try {
			long nanos = atMost.toNanos();
			while (!this.pending && nanos > 0) {
				nanos = this.appended.awaitNanos(nanos);
			}
			this.pending = false;
		}
		finally {
			this.lock.unlock();
		}
	}

	void signal() {
		this.lock.lock();
		try {
			this.pending = true;
			this.appended.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * A message to add.
	 *
	 * @param destination {@code queue:<name>} or {@code topic:<name>}
	 * @param group the message group that keeps related messages in order, or null
	 */
	public record Message(String destination, String body, String group) {
	}

	/** One message waiting to be handed to the broker. */
	public record Entry(long id, UUID messageId, String destination, String body, String group) {

		public boolean isTopic() {
			return this.destination.startsWith("topic:");
		}

		public String name() {
			return this.destination.substring(this.destination.indexOf(':') + 1);
		}

	}

	/** Destinations as the outbox writes them. */
	public static String queue(String name) {
		return "queue:" + name;
	}

	public static String topic(String name) {
		return "topic:" + name;
	}

}
