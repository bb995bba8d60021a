package org.ecs.core.mailbox;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * At most one answer per sender and reason per day: a mail loop, a misconfigured
 * forwarder or a flood of bad mail cannot make ECS send more than that.
 */
@Repository
public class MailAnswerLimits {

	private final JdbcClient jdbc;

	public MailAnswerLimits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reserves today's answer for this sender and reason.
	 * @return false when one was already sent (or reserved) today
	 */
	public boolean reserve(String sender, String reason, LocalDate day) {
		return this.jdbc.sql("insert into mail_answer (sender, reason, day) values (?, ?, ?) on conflict do nothing")
			.params(normalise(sender), reason, day)
			.update() == 1;
	}

	/** Gives the reservation back when the answer could not be sent. */
	public void release(String sender, String reason, LocalDate day) {
		this.jdbc.sql("delete from mail_answer where sender = ? and reason = ? and day = ?")
			.params(normalise(sender), reason, day)
			.update();
	}

	private static String normalise(String sender) {
		return sender.strip().toLowerCase(Locale.ROOT);
	}

}
