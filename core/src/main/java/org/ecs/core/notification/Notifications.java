package org.ecs.core.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.ecs.core.participant.Channel;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notifications and their per-recipient, per-channel delivery status. */
@Repository
public class Notifications {

	private static final String COLUMNS = """
			id, recipient_id, kind, source_key, discussion_id, subject, body, created_at, read_at, args""";

	/**
	 * The channels a person is reached on: the web inbox always, email and fax when
	 * chosen and an address is known.
	 */
	private static final String CHANNELS_OF_RECIPIENT = """
			select n.id, ch.channel, 'QUEUED'
			from notification n
			join participant p on p.id = n.recipient_id
			cross join lateral (select distinct unnest(array_append(p.channels, 'WEB')) as channel) ch
			where n.source_key = ?
			  and (ch.channel = 'WEB' or (ch.channel = 'EMAIL' and p.email is not null)
			       or (ch.channel = 'FAX' and p.fax_number is not null))
			""";

	private final JdbcClient jdbc;

	public Notifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Creates one notification per recipient (once: the source key makes it idempotent)
	 * and a queued delivery for each of their channels.
	 * @return the deliveries still queued for this source
	 */
	public List<OutboundDelivery> createForRecipients(List<Long> recipients, String kind, String sourceKey,
			Long discussionId, String subject, String body) {
		return createForRecipients(recipients, kind, sourceKey, discussionId, subject, body, null);
	}

	/**
	 * {@link #createForRecipients(List, String, String, Long, String, String)} with what
	 * the English subject and body say as a wording each reader's channels say in their
	 * language (null: none, shown as stored).
	 */
	public List<OutboundDelivery> createForRecipients(List<Long> recipients, String kind, String sourceKey,
			Long discussionId, String subject, String body, Wording wording) {
		if (!recipients.isEmpty()) {
			this.jdbc.sql("""
					insert into notification (recipient_id, kind, source_key, discussion_id, subject, body, args)
					select r, ?, ?, ?, ?, ?, ?::jsonb from unnest(?::bigint[]) as r
					join participant p on p.id = r and (p.active or ? = 'ACCOUNT')
					on conflict (recipient_id, source_key) do nothing
					""")
				.params(kind, sourceKey, discussionId, subject, body, (wording != null) ? wording.toJson() : null,
						array(recipients), kind)
				.update();
		}
		this.jdbc
			.sql("insert into notification_delivery (notification_id, channel, status) " + CHANNELS_OF_RECIPIENT
					+ " on conflict do nothing")
			.param(sourceKey)
			.update();
		return this.jdbc.sql("""
				select d.notification_id, n.recipient_id, d.channel
				from notification_delivery d join notification n on n.id = d.notification_id
				where n.source_key = ? and d.status = 'QUEUED'
				order by d.notification_id, d.channel
				""")
			.param(sourceKey)
			.query((rs, i) -> new OutboundDelivery(rs.getLong(1), rs.getLong(2), Channel.valueOf(rs.getString(3))))
			.list();
	}

	/**
	 * Of these notifications, the ones whose delivery on {@code channel} still has to go
	 * out (it exists and is not final), by id: {@link #isPending} and {@link #find} for a
	 * batch in one query.
	 */
	public java.util.Map<Long, Notification> pending(java.util.Collection<Long> ids, Channel channel) {
		java.util.Map<Long, Notification> pending = new java.util.HashMap<>();
		if (ids.isEmpty()) {
			return pending;
		}
		this.jdbc.sql("select " + COLUMNS.replaceAll("(\\w+)", "n.$1") + """
				 from notification n join notification_delivery d on d.notification_id = n.id
				where n.id = any(?::bigint[]) and d.channel = ? and d.status not in ('SENT', 'DELIVERED', 'BOUNCED')
				""")
			.params(array(List.copyOf(ids)), channel.name())
			.query(ROW)
			.list()
			.forEach((n) -> pending.put(n.id(), n));
		return pending;
	}

	/**
	 * {@link #recordAttempt} SENT and {@link #recordSentText} for a batch: two
	 * statements.
	 * @param sentTexts the plain text each was sent as, by notification id (null: none)
	 */
	public void recordSent(Channel channel, java.util.Map<Long, String> sentTexts) {
		if (sentTexts.isEmpty()) {
			return;
		}
		List<Long> ids = List.copyOf(sentTexts.keySet());
		this.jdbc
			.sql("""
					update notification_delivery
					set status = 'SENT', attempts = attempts + 1, last_error = null, updated_at = now(), next_attempt_at = null
					where notification_id = any(?::bigint[]) and channel = ? and status in ('QUEUED', 'RETRYING', 'FAILED')
					""")
			.params(array(ids), channel.name())
			.update();
		List<Long> withText = ids.stream().filter((id) -> sentTexts.get(id) != null).toList();
		if (!withText.isEmpty()) {
			this.jdbc.sql("""
					update notification n set sent_text = t.text
					from unnest(?::bigint[], ?::text[]) as t(id, text) where n.id = t.id
					""").params(array(withText), withText.stream().map(sentTexts::get).toArray(String[]::new)).update();
		}
	}

	/** The language a person reads ECS's texts in (their setting), or null. */
	public String languageOf(long participantId) {
		return this.jdbc.sql("select language from participant where id = ?")
			.param(participantId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	public Optional<Notification> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from notification where id = ?").param(id).query(ROW).optional();
	}

	public List<Notification> inbox(long recipientId, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from notification where recipient_id = ? "
					+ "and exists (select 1 from notification_delivery d where d.notification_id = notification.id "
					+ "and d.channel = 'WEB' and d.status = 'DELIVERED') order by created_at desc, id desc limit ?")
			.params(recipientId, limit)
			.query(ROW)
			.list();
	}

	public int unreadCount(long recipientId) {
		return this.jdbc.sql("""
				select count(*) from notification n
				where n.recipient_id = ? and n.read_at is null
				  and exists (select 1 from notification_delivery d where d.notification_id = n.id
				              and d.channel = 'WEB' and d.status = 'DELIVERED')
				""").param(recipientId).query(Integer.class).single();
	}

	public int markRead(long recipientId, long notificationId) {
		return this.jdbc
			.sql("update notification set read_at = now() where id = ? and recipient_id = ? and read_at is null")
			.params(notificationId, recipientId)
			.update();
	}

	public int markAllRead(long recipientId) {
		return this.jdbc.sql("update notification set read_at = now() where recipient_id = ? and read_at is null")
			.param(recipientId)
			.update();
	}

	/** Keeps the plain text a notification was emailed as. */
	public int recordSentText(long notificationId, String text) {
		return this.jdbc.sql("update notification set sent_text = ? where id = ?")
			.params(text, notificationId)
			.update();
	}

	/**
	 * The plain texts ECS emailed to a recipient about a discussion, newest first: what a
	 * reply from them may quote back.
	 */
	public List<String> sentTexts(long recipientId, long discussionId, int limit) {
		return this.jdbc.sql("""
				select sent_text from notification
				where recipient_id = ? and discussion_id = ? and sent_text is not null
				order by id desc limit ?
				""").params(recipientId, discussionId, limit).query(String.class).list();
	}

	public Optional<DeliveryRecord> delivery(long notificationId, Channel channel) {
		return this.jdbc.sql("""
				select notification_id, channel, status, attempts, last_error, updated_at, next_attempt_at
				from notification_delivery where notification_id = ? and channel = ?
				""").params(notificationId, channel.name()).query(DELIVERY).optional();
	}

	/** Whether this delivery still has to go out: it exists and is not final. */
	public boolean isPending(long notificationId, Channel channel) {
		return delivery(notificationId, channel).filter((d) -> !d.status().isFinal()).isPresent();
	}

	public List<DeliveryRecord> deliveries(long notificationId) {
		return this.jdbc.sql("""
				select notification_id, channel, status, attempts, last_error, updated_at, next_attempt_at
				from notification_delivery where notification_id = ? order by channel
				""").param(notificationId).query(DELIVERY).list();
	}

	/**
	 * Records the outcome of one attempt; a final status (sent, delivered, bounced) is
	 * never undone.
	 */
	public int recordAttempt(long notificationId, Channel channel, DeliveryStatus status, String error) {
		return this.jdbc.sql("""
				update notification_delivery
				set status = ?, attempts = attempts + 1, last_error = ?, updated_at = now(), next_attempt_at = null
				where notification_id = ? and channel = ? and status in ('QUEUED', 'RETRYING', 'FAILED')
				""").params(status.name(), error, notificationId, channel.name()).update();
	}

	/**
	 * Records a failed attempt that the broker will repeat at about
	 * {@code nextAttemptAt}.
	 */
	public int recordRetry(long notificationId, Channel channel, String error, java.time.Instant nextAttemptAt) {
		return this.jdbc
			.sql("""
					update notification_delivery
					set status = 'RETRYING', attempts = attempts + 1, last_error = ?, updated_at = now(), next_attempt_at = ?
					where notification_id = ? and channel = ? and status in ('QUEUED', 'RETRYING', 'FAILED')
					""")
			.params(error, Timestamp.from(nextAttemptAt), notificationId, channel.name())
			.update();
	}

	public int markBounced(long notificationId, Channel channel, String reason) {
		return this.jdbc.sql("""
				update notification_delivery set status = 'BOUNCED', last_error = ?, updated_at = now()
				where notification_id = ? and channel = ?
				""").params(reason, notificationId, channel.name()).update();
	}

	public int countByStatus(Channel channel, DeliveryStatus status) {
		return this.jdbc.sql("select count(*) from notification_delivery where channel = ? and status = ?")
			.params(channel.name(), status.name())
			.query(Integer.class)
			.single();
	}

	/**
	 * How the notifications about one thing (e.g. {@code comment:42}) fared: per channel
	 * and status, and who could not be reached, so whoever sent it sees it.
	 */
	public DeliverySummary summary(String sourceKey) {
		return summaries(List.of(sourceKey)).getOrDefault(sourceKey, DeliverySummary.NONE);
	}

	/**
	 * {@link #summary} for many things in one query (a page of comments), by source key.
	 */
	public java.util.Map<String, DeliverySummary> summaries(java.util.Collection<String> sourceKeys) {
		if (sourceKeys.isEmpty()) {
			return java.util.Map.of();
		}
		String keys = sourceKeys.stream()
			.map((k) -> "\"" + k.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
			.collect(java.util.stream.Collectors.joining(",", "{", "}"));
		java.util.Map<String, List<DeliverySummary.Count>> counts = new java.util.HashMap<>();
		java.util.Map<String, List<DeliverySummary.Failure>> failures = new java.util.HashMap<>();
		// one round trip for a page: the counts, then up to 50 failures per thing by name
		this.jdbc.sql("""
				with delivery as (
				  select n.source_key, n.recipient_id, d.channel, d.status, d.last_error, d.attempts, d.next_attempt_at
				  from notification_delivery d join notification n on n.id = d.notification_id
				  where n.source_key = any(?::text[]))
				select 0 as part, source_key, null as display_name, channel, status, null as last_error,
				       count(*)::int as n, null::timestamptz as next_attempt_at, 0::bigint as nth
				from delivery group by source_key, channel, status
				union all
				select 1, source_key, display_name, channel, status, last_error, attempts, next_attempt_at, nth from (
				  select f.source_key, p.display_name, f.channel, f.status, f.last_error, f.attempts, f.next_attempt_at,
				         row_number() over (partition by f.source_key order by p.display_name) as nth
				  from delivery f join participant p on p.id = f.recipient_id
				  where f.status in ('RETRYING', 'FAILED', 'BOUNCED')) f
				where nth <= 50
				order by part, source_key, nth, channel, status
				""").param(keys).query((rs) -> {
			if (rs.getInt(1) == 0) {
				counts.computeIfAbsent(rs.getString(2), (k) -> new java.util.ArrayList<>())
					.add(new DeliverySummary.Count(Channel.valueOf(rs.getString(4)),
							DeliveryStatus.valueOf(rs.getString(5)), rs.getInt(7)));
			}
			else {
				failures.computeIfAbsent(rs.getString(2), (k) -> new java.util.ArrayList<>())
					.add(new DeliverySummary.Failure(rs.getString(3), Channel.valueOf(rs.getString(4)),
							DeliveryStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getInt(7),
							(rs.getTimestamp(8) != null) ? rs.getTimestamp(8).toInstant() : null));
			}
		});
		java.util.Map<String, DeliverySummary> summaries = new java.util.HashMap<>();
		counts.forEach((key, c) -> summaries.put(key, new DeliverySummary(c, failures.getOrDefault(key, List.of()))));
		return summaries;
	}

	private static String array(List<Long> ids) {
		StringBuilder sb = new StringBuilder("{");
		for (int i = 0; i < ids.size(); i++) {
			sb.append(i == 0 ? "" : ",").append(ids.get(i));
		}
		return sb.append('}').toString();
	}

	static final RowMapper<Notification> ROW = Notifications::map;

	static final RowMapper<DeliveryRecord> DELIVERY = (rs, i) -> new DeliveryRecord(rs.getLong(1),
			Channel.valueOf(rs.getString(2)), DeliveryStatus.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5),
			rs.getTimestamp(6).toInstant(), (rs.getTimestamp(7) != null) ? rs.getTimestamp(7).toInstant() : null);

	private static Notification map(ResultSet rs, int row) throws SQLException {
		Timestamp read = rs.getTimestamp("read_at");
		return new Notification(rs.getLong("id"), rs.getLong("recipient_id"), rs.getString("kind"),
				rs.getString("source_key"), rs.getObject("discussion_id", Long.class), rs.getString("subject"),
				rs.getString("body"), rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant(),
				Wording.fromJson(rs.getString("args")).orElse(null));
	}

}
