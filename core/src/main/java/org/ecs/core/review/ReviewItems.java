package org.ecs.core.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ecs.core.participant.Channel;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ReviewItems {

	private static final String SELECT = """
			select r.contribution_id, r.discussion_id, d.title, c.channel, c.author_id, a.display_name, c.received_at,
			       c.text, r.edited_text, r.state, r.claimed_by, cl.display_name as claimed_name, r.created_at,
			       c.facts::text as facts, c.original_ref
			from review_item r
			join contribution c on c.id = r.contribution_id
			left join discussion d on d.id = r.discussion_id
			left join participant a on a.id = c.author_id
			left join participant cl on cl.id = r.claimed_by
			""";

	private final JdbcClient jdbc;

	public ReviewItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Opens a review item for the contribution; a redelivered contribution finds it open
	 * already.
	 */
	public void open(UUID contributionId, Long discussionId) {
		this.jdbc.sql("""
				insert into review_item (contribution_id, discussion_id, state) values (?, ?, 'PENDING')
				on conflict (contribution_id) do nothing
				""").params(contributionId, discussionId).update();
	}

	public Optional<ReviewItem> find(UUID contributionId) {
		return this.jdbc.sql(SELECT + " where r.contribution_id = ?").param(contributionId).query(ROW).optional();
	}

	/**
	 * Pending items, oldest first; for a coordinator only their discussions' items and
	 * items whose discussion is not known yet.
	 */
	public List<ReviewItem> pending(Long coordinatorId, Long discussionId) {
		return this.jdbc.sql(SELECT + """
				 where r.state = 'PENDING'
				   and (cast(? as bigint) is null or d.coordinator_id = ? or r.discussion_id is null)
				   and (cast(? as bigint) is null or r.discussion_id = ?)
				 order by c.received_at, r.created_at
				""").params(coordinatorId, coordinatorId, discussionId, discussionId).query(ROW).list();
	}

	public int claim(UUID contributionId, long coordinatorId) {
		return this.jdbc.sql("""
				update review_item set claimed_by = ?, claimed_at = now()
				where contribution_id = ? and state = 'PENDING'
				""").params(coordinatorId, contributionId).update();
	}

	public int edit(UUID contributionId, String text) {
		return this.jdbc.sql("update review_item set edited_text = ? where contribution_id = ? and state = 'PENDING'")
			.params(text, contributionId)
			.update();
	}

	public int assign(UUID contributionId, Long discussionId, Long authorId) {
		return this.jdbc
			.sql("""
					update review_item set discussion_id = coalesce(?, discussion_id), assigned_author = coalesce(?, assigned_author)
					where contribution_id = ? and state = 'PENDING'
					""")
			.params(discussionId, authorId, contributionId)
			.update();
	}

	/** Closes a pending item; 0 when someone else decided first. */
	public int decide(UUID contributionId, ReviewState state, long decidedBy, String reason, Timestamp at) {
		return this.jdbc.sql("""
				update review_item set state = ?, decided_by = ?, decided_at = ?, reason = ?
				where contribution_id = ? and state = 'PENDING'
				""").params(state.name(), decidedBy, at, reason, contributionId).update();
	}

	public int pendingCount() {
		return this.jdbc.sql("select count(*) from review_item where state = 'PENDING'").query(Integer.class).single();
	}

	static final RowMapper<ReviewItem> ROW = ReviewItems::map;

	private static ReviewItem map(ResultSet rs, int row) throws SQLException {
		Timestamp created = rs.getTimestamp("created_at");
		return new ReviewItem(rs.getObject("contribution_id", UUID.class), rs.getObject("discussion_id", Long.class),
				rs.getString("title"), Channel.valueOf(rs.getString("channel")), rs.getObject("author_id", Long.class),
				rs.getString("display_name"), rs.getTimestamp("received_at").toInstant(), rs.getString("text"),
				rs.getString("edited_text"), ReviewState.valueOf(rs.getString("state")),
				rs.getObject("claimed_by", Long.class), rs.getString("claimed_name"), created.toInstant(),
				rs.getString("facts"), rs.getString("original_ref"));
	}

}
