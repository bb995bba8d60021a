package org.ecs.core.mailbox;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every mail taken from the ECS mailbox, once. A poller claims a mail's key before it
 * hands the mail on and confirms the claim once the mail is durably queued; a claim that
 * was never confirmed (the instance died) lapses after its lease, so the mail is neither
 * lost nor taken twice, however many instances poll and however often they restart.
 */
@Repository
public class InboundMails implements MailClaims {

	private final JdbcClient jdbc;

	public InboundMails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims a mail for this poller.
	 * @return false when it was handed on before, or another poller holds a live claim
	 */
	@Override
	public boolean claim(String mailKey, Duration lease) {
		return this.jdbc.sql("""
				insert into inbound_mail (mail_key) values (?)
				on conflict (mail_key) do update set claimed_at = now()
				where not inbound_mail.handed_on
				  and inbound_mail.claimed_at < now() - make_interval(secs => ?)
				""").params(mailKey, lease.toMillis() / 1000.0).update() == 1;
	}

	/**
	 * Takes a poll's mails for good in the caller's transaction, which also queues the
	 * ones taken (through the outbox): no claim to confirm afterwards, so a crash keeps
	 * both or neither. A mail handed on before, or claimed by a live poller of an older
	 * version, is not taken again; a lapsed claim is taken over.
	 * @param mailKeys distinct keys, in mailbox order
	 * @return the keys taken now
	 */
	public Set<String> takeAll(Collection<String> mailKeys, Duration lease) {
		if (mailKeys.isEmpty()) {
			return Set.of();
		}
		List<String> taken = this.jdbc.sql("""
				insert into inbound_mail (mail_key, handed_on) select k, true from unnest(?::text[]) k
				on conflict (mail_key) do update set claimed_at = now(), handed_on = true
				where not inbound_mail.handed_on
				  and inbound_mail.claimed_at < now() - make_interval(secs => ?)
				returning mail_key
				""").params(mailKeys.toArray(String[]::new), lease.toMillis() / 1000.0).query(String.class).list();
		return new HashSet<>(taken);
	}

	/** The mail is durably queued: no poller takes it again. */
	@Override
	public void confirm(String mailKey) {
		this.jdbc.sql("update inbound_mail set handed_on = true where mail_key = ?").param(mailKey).update();
	}

	/** Handing on failed: the next poll may take the mail again at once. */
	@Override
	public void release(String mailKey) {
		this.jdbc.sql("delete from inbound_mail where mail_key = ? and not handed_on").param(mailKey).update();
	}

	/** Whether the mail was claimed or handed on. */
	@Override
	public boolean contains(String mailKey) {
		return this.jdbc.sql("select count(*) from inbound_mail where mail_key = ?")
			.param(mailKey)
			.query(Integer.class)
			.single() > 0;
	}

	/** Records what became of a mail, for the administrator and the coordinator. */
	public void record(InboundMailOutcome outcome) {
		this.jdbc.sql("""
				insert into inbound_mail (mail_key, handed_on, original_ref, sender, kind, outcome, reason,
				                          contribution_id, detail, processed_at)
				values (?, true, ?, ?, ?, ?, ?, ?, ?, now())
				on conflict (mail_key) do update set handed_on = true, original_ref = excluded.original_ref,
				    sender = excluded.sender, kind = excluded.kind, outcome = excluded.outcome,
				    reason = excluded.reason, contribution_id = excluded.contribution_id,
				    detail = excluded.detail, processed_at = excluded.processed_at
				""")
			.params(outcome.mailKey(), outcome.originalKey(), outcome.sender(), outcome.kind(), outcome.outcome(),
					outcome.reason(), outcome.contributionId(), outcome.detail())
			.update();
	}

	public Optional<InboundMailOutcome> find(String mailKey) {
		return this.jdbc.sql("""
				select mail_key, original_ref, sender, kind, outcome, reason, contribution_id, detail
				from inbound_mail where mail_key = ? and processed_at is not null
				""")
			.param(mailKey)
			.query((rs, i) -> new InboundMailOutcome(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class), rs.getString(8)))
			.optional();
	}

}
