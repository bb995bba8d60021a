package org.ecs.routes.fax;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.ecs.core.mailbox.MailClaims;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every mail taken from the fax bridge's mailbox, once (V3__fax.sql): claimed before it
 * is handed on, confirmed once it is queued, given back when that failed; a claim never
 * confirmed (the instance died) lapses after its lease. Then what became of it.
 */
@Repository
class FaxMails implements MailClaims {

	private final JdbcClient jdbc;

	FaxMails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean claim(String mailKey, Duration lease) {
		return this.jdbc.sql("""
				insert into fax_inbound (mail_key) values (?)
				on conflict (mail_key) do update set claimed_at = now()
				where not fax_inbound.handed_on
				  and fax_inbound.claimed_at < now() - make_interval(secs => ?)
				""").params(mailKey, lease.toMillis() / 1000.0).update() == 1;
	}

	@Override
	public void confirm(String mailKey) {
		this.jdbc.sql("update fax_inbound set handed_on = true where mail_key = ?").param(mailKey).update();
	}

	@Override
	public void release(String mailKey) {
		this.jdbc.sql("delete from fax_inbound where mail_key = ? and not handed_on").param(mailKey).update();
	}

	@Override
	public boolean contains(String mailKey) {
		return this.jdbc.sql("select count(*) from fax_inbound where mail_key = ?")
			.param(mailKey)
			.query(Integer.class)
			.single() > 0;
	}

	void record(FaxOutcome outcome) {
		this.jdbc.sql("""
				insert into fax_inbound (mail_key, handed_on, original_ref, kind, sender_number, routed_by,
				                         contribution_id, detail, processed_at)
				values (?, true, ?, ?, ?, ?, ?, ?, now())
				on conflict (mail_key) do update set handed_on = true, original_ref = excluded.original_ref,
				    kind = excluded.kind, sender_number = excluded.sender_number, routed_by = excluded.routed_by,
				    contribution_id = excluded.contribution_id, detail = excluded.detail,
				    processed_at = excluded.processed_at
				""")
			.params(outcome.mailKey(), outcome.originalKey(), outcome.kind(), outcome.senderNumber(),
					outcome.routedBy(), outcome.contributionId(), outcome.detail())
			.update();
	}

	Optional<FaxOutcome> find(String mailKey) {
		return this.jdbc.sql("""
				select mail_key, original_ref, kind, sender_number, routed_by, contribution_id, detail
				from fax_inbound where mail_key = ? and processed_at is not null
				""")
			.param(mailKey)
			.query((rs, i) -> new FaxOutcome(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getObject(6, UUID.class), rs.getString(7)))
			.optional();
	}

	/** What became of one bridge mail, for operators and tests. */
	record FaxOutcome(String mailKey, String originalKey, String kind, String senderNumber, String routedBy,
			UUID contributionId, String detail) {
	}

}
