package org.ecs.core.discussion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class Discussions {

	private static final String COLUMNS = """
			d.id, d.title, d.subject_kind, d.subject_ref, d.description, d.coordinator_id, d.opens_at, d.deadline,
			d.review_policy""";

	private final JdbcClient jdbc;

	public Discussions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Discussion> findById(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from discussion d where d.id = ?").param(id).query(ROW).optional();
	}

	/**
	 * The discussion's version: it grows with every change its pages show (the
	 * discussion, its comments, the names on them; the triggers of V120), so what was
	 * rendered for one version can be kept and conditional requests answered by it. -1
	 * for no discussion.
	 */
	public long version(long id) {
		return this.jdbc.sql("select version from discussion where id = ?")
			.param(id)
			.query(Long.class)
			.optional()
			.orElse(-1L);
	}

	/**
	 * The discussions this participant may read, newest deadline first: those whose
	 * audience holds them or that they coordinate; every discussion for secretariat staff
	 * and administrators.
	 */
	public List<Discussion> visibleTo(long participantId) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from discussion d
				 where exists (select 1 from discussion_member m where m.discussion_id = d.id and m.participant_id = ?)
				    or d.coordinator_id = ?
				    or exists (select 1 from participant p where p.id = ? and p.roles && '{SECRETARIAT,ADMINISTRATOR}')
				 order by d.deadline desc, d.id desc
				""").params(participantId, participantId, participantId).query(ROW).list();
	}

	public boolean isInAudience(long discussionId, long participantId) {
		return this.jdbc.sql("""
				select exists (select 1 from discussion_member where discussion_id = ? and participant_id = ?)
				    or exists (select 1 from discussion where id = ? and coordinator_id = ?)
				""").params(discussionId, participantId, discussionId, participantId).query(Boolean.class).single();
	}

	/** Everyone who hears of what is published in the discussion. */
	public List<Long> audience(long discussionId) {
		return this.jdbc.sql("""
				select participant_id from discussion_member where discussion_id = ?
				union
				select coordinator_id from discussion where id = ?
				""").params(discussionId, discussionId).query(Long.class).list();
	}

	/**
	 * The names of those invited (and the coordinator), as the discussion page lists
	 * them.
	 */
	public List<String> audienceNames(long discussionId) {
		return this.jdbc.sql("""
				select p.display_name from participant p
				 where p.id in (select participant_id from discussion_member where discussion_id = ?
				                union select coordinator_id from discussion where id = ?)
				 order by p.display_name
				""").params(discussionId, discussionId).query(String.class).list();
	}

	@Transactional
	public Discussion create(NewDiscussion d, long createdBy) {
		long id = this.jdbc.sql("""
				insert into discussion (title, subject_kind, subject_ref, description, coordinator_id, opens_at,
				                        deadline, review_policy, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(d.title(), d.subjectKind().name(), d.subjectRef(), d.description(), d.coordinatorId(),
					java.sql.Timestamp.from(d.opensAt()), java.sql.Timestamp.from(d.deadline()),
					d.reviewPolicy().name(), createdBy)
			.query(Long.class)
			.single();
		for (Long member : d.audience()) {
			addMember(id, member);
		}
		addMember(id, d.coordinatorId());
		return findById(id).orElseThrow();
	}

	@Transactional
	public void addMember(long discussionId, long participantId) {
		this.jdbc.sql("insert into discussion_member values (?, ?) on conflict do nothing")
			.params(discussionId, participantId)
			.update();
	}

	static final RowMapper<Discussion> ROW = Discussions::map;

	private static Discussion map(ResultSet rs, int row) throws SQLException {
		return new Discussion(rs.getLong("id"), rs.getString("title"),
				SubjectKind.valueOf(rs.getString("subject_kind")), rs.getString("subject_ref"),
				rs.getString("description"), rs.getLong("coordinator_id"), rs.getTimestamp("opens_at").toInstant(),
				rs.getTimestamp("deadline").toInstant(), ReviewPolicy.valueOf(rs.getString("review_policy")));
	}

}
