package org.ecs.core.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.ecs.core.contribution.ContributionStatus;
import org.ecs.core.contribution.Contributions;
import org.ecs.core.participant.Channel;
import org.ecs.core.review.ApprovedContribution;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The discussion store's comments. Committing is idempotent on the contribution id. */
@Service
public class CommentStore {

	private static final String SELECT = """
			select c.id, c.discussion_id, c.author_id, a.display_name, a.state_code, c.text, c.channel, c.received_at,
			       c.reviewed_by, r.display_name as reviewer, c.logged_by, l.display_name as logger, c.published_at
			from comment c
			join participant a on a.id = c.author_id
			left join participant r on r.id = c.reviewed_by
			left join participant l on l.id = c.logged_by
			""";

	private final JdbcClient jdbc;

	private final Contributions contributions;

	public CommentStore(JdbcClient jdbc, Contributions contributions) {
		this.jdbc = jdbc;
		this.contributions = contributions;
	}

	@Transactional
	public CommittedComment commit(ApprovedContribution a) {
		this.jdbc.sql("""
				insert into comment (contribution_id, discussion_id, author_id, text, channel, received_at, reviewed_by,
				                     logged_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (contribution_id) do nothing
				""")
			.params(a.contributionId(), a.discussionId(), a.authorId(), a.text(), a.channel().name(),
					Timestamp.from(a.receivedAt()), a.reviewedBy(), a.loggedBy())
			.update();
		long id = this.jdbc.sql("select id from comment where contribution_id = ?")
			.param(a.contributionId())
			.query(Long.class)
			.single();
		this.contributions.advance(a.contributionId(), ContributionStatus.PUBLISHED);
		return new CommittedComment(id, a.contributionId(), a.discussionId(), a.authorId());
	}

	/**
	 * Commits a batch of approved contributions in one transaction, in the order given
	 * (one discussion's order); each idempotent as {@link #commit}.
	 */
	@Transactional
	public List<CommittedComment> commitAll(List<ApprovedContribution> approved) {
		List<CommittedComment> committed = new java.util.ArrayList<>(approved.size());
		for (ApprovedContribution a : approved) {
			committed.add(commit(a));
		}
		return committed;
	}

	public Optional<Comment> find(long id) {
		return this.jdbc.sql(SELECT + " where c.id = ?").param(id).query(ROW).optional();
	}

	public List<Comment> inDiscussion(long discussionId) {
		return this.jdbc.sql(SELECT + " where c.discussion_id = ? order by c.received_at, c.id")
			.param(discussionId)
			.query(ROW)
			.list();
	}

	/**
	 * The author's own comments in a discussion that a reviewer edited before publishing:
	 * comment id to the text as the author sent it.
	 */
	public java.util.Map<Long, String> editedBeforePublication(long discussionId, long authorId) {
		java.util.Map<Long, String> originals = new java.util.HashMap<>();
		this.jdbc.sql("""
				select c.id, k.text from comment c join contribution k on k.id = c.contribution_id
				 where c.discussion_id = ? and c.author_id = ? and k.text is not null and c.text <> k.text
				""")
			.params(discussionId, authorId)
			.query((rs, n) -> originals.put(rs.getLong(1), rs.getString(2)))
			.list();
		return originals;
	}

	/**
	 * The text its author sent, when a coordinator published the comment with other
	 * words.
	 */
	public Optional<String> originalIfEdited(long commentId) {
		return this.jdbc.sql("""
				select k.text from comment c join contribution k on k.id = c.contribution_id
				 where c.id = ? and c.reviewed_by is not null and k.text is not null and c.text <> k.text
				""").param(commentId).query(String.class).optional();
	}

	public int countByContribution(java.util.UUID contributionId) {
		return this.jdbc.sql("select count(*) from comment where contribution_id = ?")
			.param(contributionId)
			.query(Integer.class)
			.single();
	}

	static final RowMapper<Comment> ROW = CommentStore::map;

	private static Comment map(ResultSet rs, int row) throws SQLException {
		return new Comment(rs.getLong("id"), rs.getLong("discussion_id"), rs.getLong("author_id"),
				rs.getString("display_name"), rs.getString("state_code"), rs.getString("text"),
				Channel.valueOf(rs.getString("channel")), rs.getTimestamp("received_at").toInstant(),
				rs.getObject("reviewed_by", Long.class), rs.getString("reviewer"),
				rs.getObject("logged_by", Long.class), rs.getString("logger"),
				rs.getTimestamp("published_at").toInstant());
	}

}
