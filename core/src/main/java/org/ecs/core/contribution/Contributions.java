package org.ecs.core.contribution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ecs.core.participant.Channel;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contribution table: every write is keyed on the id minted at intake. */
@Repository
public class Contributions {

	private static final String COLUMNS = """
			id, channel, discussion_id, author_id, received_at, text, status, reason, original_ref, facts::text,
			logged_by""";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	public Contributions(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Stores the contribution unless it (or one with the same dedupe key) is already
	 * there.
	 * @return the id under which it is stored: its own, or the earlier duplicate's
	 */
	public UUID record(Contribution c) {
		int inserted = this.jdbc.sql("""
				insert into contribution (id, channel, discussion_id, author_id, received_at, text, original_ref,
				                          attachments, facts, dedupe_key, status, logged_by)
				values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, 'RECEIVED', ?)
				on conflict do nothing
				""")
			.params(c.id(), c.channel().name(), c.discussionId(), c.authorId(), Timestamp.from(c.receivedAt()),
					c.text(), c.originalKey(), write(c.attachments()), write(c.facts()), c.dedupeKey(), c.loggedBy())
			.update();
		if (inserted == 1) {
			return c.id();
		}
		return this.jdbc
			.sql("select id from contribution where id = ? or dedupe_key = ? order by (id = ?) desc limit 1")
			.params(c.id(), c.dedupeKey(), c.id())
			.query(UUID.class)
			.single();
	}

	public Optional<ContributionRecord> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from contribution where id = ?").param(id).query(ROW).optional();
	}

	public List<ContributionRecord> byAuthor(long authorId, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from contribution where author_id = ? order by received_at desc limit ?")
			.params(authorId, limit)
			.query(ROW)
			.list();
	}

	public List<ContributionRecord> byAuthorInDiscussion(long authorId, long discussionId) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from contribution where author_id = ? and discussion_id = ? and status <> 'PUBLISHED'
				 order by received_at desc
				""").params(authorId, discussionId).query(ROW).list();
	}

	public void setStatus(UUID id, ContributionStatus status, String reason) {
		this.jdbc.sql("update contribution set status = ?, reason = ?, updated_at = now() where id = ?")
			.params(status.name(), reason, id)
			.update();
	}

	/**
	 * Moves the status forward only: a redelivered message never takes a published one
	 * back.
	 */
	public void advance(UUID id, ContributionStatus status) {
		this.jdbc.sql("""
				update contribution set status = ?, updated_at = now()
				where id = ? and status in ('RECEIVED', 'PENDING_REVIEW', 'APPROVED') and status <> ?
				""").params(status.name(), id, status.name()).update();
	}

	public void assign(UUID id, Long discussionId, Long authorId) {
		this.jdbc.sql("""
				update contribution set discussion_id = coalesce(?, discussion_id), author_id = coalesce(?, author_id),
				       updated_at = now() where id = ?
				""").params(discussionId, authorId, id).update();
	}

	private String write(Object value) {
		try {
			return this.json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	static final RowMapper<ContributionRecord> ROW = Contributions::map;

	private static ContributionRecord map(ResultSet rs, int row) throws SQLException {
		return new ContributionRecord(rs.getObject("id", UUID.class), Channel.valueOf(rs.getString("channel")),
				(Long) rs.getObject("discussion_id", Long.class), rs.getObject("author_id", Long.class),
				rs.getTimestamp("received_at").toInstant(), rs.getString("text"),
				ContributionStatus.valueOf(rs.getString("status")), rs.getString("reason"),
				rs.getString("original_ref"), rs.getString("facts"), rs.getObject("logged_by", Long.class));
	}

}
