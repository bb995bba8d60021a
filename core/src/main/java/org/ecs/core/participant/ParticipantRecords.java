package org.ecs.core.participant;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The participants database beyond what sign-in and the pipeline need: profiles, the
 * directory search, nominations, status with its history. Every status change writes its
 * line of history in the same transaction (the callers' services are transactional).
 */
@Repository
public class ParticipantRecords {

	private static final String COLUMNS = """
			p.id, p.username, p.display_name, p.email, p.fax_number, p.state_code, p.language, p.level, p.roles,
			p.channels, p.active, p.title, s.name as state_name, s.kind as state_kind, p.status, p.status_reason,
			p.status_changed_at, p.nominating_authority, p.nominated_by, n.display_name as nominated_by_name,
			p.approved_by, p.approved_at, p.languages, p.expertise, p.time_zone, p.phone, p.created_at""";

	private static final String FROM = " from participant p left join state s on s.code = p.state_code"
			+ " left join participant n on n.id = p.nominated_by";

	private final JdbcClient jdbc;

	public ParticipantRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ParticipantProfile> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + FROM + " where p.id = ?").param(id).query(this::map).optional();
	}

	/** The profile, locked for the caller's transaction (status changes). */
	Optional<ParticipantProfile> lock(long id) {
		this.jdbc.sql("select id from participant where id = ? for update").param(id).query(Long.class).optional();
		return find(id);
	}

	/** The directory, as filtered; {@code activeOnly} hides those not taking part. */
	public List<ParticipantProfile> search(ParticipantFilter f, boolean activeOnly) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + FROM + " where true");
		Map<String, Object> params = new LinkedHashMap<>();
		if (activeOnly) {
			sql.append(" and p.active");
		}
		if (f.text() != null) {
			sql.append(" and (p.display_name ilike :text or p.username ilike :text or coalesce(p.title, '') ilike :text"
					+ " or array_to_string(p.expertise, ' ') ilike :text)");
			params.put("text", "%" + likeEscaped(f.text()) + "%");
		}
		if (f.stateCode() != null) {
			sql.append(" and p.state_code = :state");
			params.put("state", f.stateCode());
		}
		if (f.level() != null) {
			sql.append(" and p.level = :level");
			params.put("level", f.level().name());
		}
		if (f.role() != null) {
			sql.append(" and :role = any(p.roles)");
			params.put("role", f.role().name());
		}
		if (f.expertise() != null) {
			sql.append(" and :expertise = any(p.expertise)");
			params.put("expertise", f.expertise());
		}
		if (f.status() != null) {
			sql.append(" and p.status = :status");
			params.put("status", f.status().name());
		}
		sql.append(" order by ").append(f.sort().sql()).append(" limit :limit offset :offset");
		params.put("limit", f.limit());
		params.put("offset", f.offset());
		return this.jdbc.sql(sql.toString()).params(params).query(this::map).list();
	}

	/** Every expertise tag in use, for the directory's filter. */
	public List<String> expertiseTags() {
		return this.jdbc.sql("select distinct unnest(expertise) as tag from participant order by tag")
			.query(String.class)
			.list();
	}

	public boolean usernameTaken(String username) {
		return this.jdbc.sql("select count(*) from participant where username = ?")
			.param(username)
			.query(Integer.class)
			.single() > 0;
	}

	public Optional<ParticipantStatus> statusOfEmail(String email) {
		return this.jdbc.sql("select status from participant where lower(email) = lower(?)")
			.param(email)
			.query((rs, i) -> ParticipantStatus.valueOf(rs.getString(1)))
			.optional();
	}

	/** The State or organisation, locked so that an observer cap is counted safely. */
	public Optional<Affiliation> lockAffiliation(String code) {
		return this.jdbc.sql("select code, name, kind, observer_cap from state where code = ? for update")
			.param(code)
			.query((rs, i) -> new Affiliation(rs.getString(1), rs.getString(2), rs.getString(3),
					(Integer) rs.getObject(4)))
			.optional();
	}

	public Optional<Affiliation> affiliation(String code) {
		return this.jdbc.sql("select code, name, kind, observer_cap from state where code = ?")
			.param(code)
			.query((rs, i) -> new Affiliation(rs.getString(1), rs.getString(2), rs.getString(3),
					(Integer) rs.getObject(4)))
			.optional();
	}

	/** How many of this organisation's people hold a place (nominated or taking part). */
	public int placesHeld(String code) {
		return this.jdbc
			.sql("select count(*) from participant where state_code = ? and status not in ('WITHDRAWN', "
					+ "'EXPIRED')")
			.param(code)
			.query(Integer.class)
			.single();
	}

	/** Sets (or clears) an observer organisation's cap. */
	public void setObserverCap(String code, Integer cap) {
		this.jdbc.sql("update state set observer_cap = ? where code = ?").params(cap, code).update();
	}

	long insertNominee(Nominee n, String username, Set<Channel> channels, long nominatedBy, String authority,
			Instant now) {
		return this.jdbc
			.sql("""
					insert into participant (username, display_name, email, fax_number, state_code, language, level, roles,
					                         channels, password_hash, status, status_changed_at, title, nominating_authority,
					                         nominated_by, languages, expertise, time_zone, phone)
					values (?, ?, ?, ?, ?, ?, ?, '{PARTICIPANT}', ?::text[], null, 'NOMINATED', ?, ?, ?, ?, ?::text[],
					        ?::text[], ?, ?)
					returning id
					""")
			.params(username, n.displayName(), n.email(), n.faxNumber(), n.stateCode(), n.language(), n.level().name(),
					ParticipantDirectory.pgArray(channels), Timestamp.from(now), n.title(), authority, nominatedBy,
					textArray(n.languages()), textArray(n.expertise()), n.timeZone(), n.phone())
			.query(Long.class)
			.single();
	}

	void updateNominee(long id, Nominee n, Set<Channel> channels) {
		this.jdbc.sql("""
				update participant set display_name = ?, email = ?, fax_number = ?, language = ?, level = ?,
				       channels = ?::text[], title = ?, languages = ?::text[], expertise = ?::text[], time_zone = ?,
				       phone = ?
				where id = ?
				""")
			.params(n.displayName(), n.email(), n.faxNumber(), n.language(), n.level().name(),
					ParticipantDirectory.pgArray(channels), n.title(), textArray(n.languages()),
					textArray(n.expertise()), n.timeZone(), n.phone(), id)
			.update();
	}

	void setStatus(long id, ParticipantStatus status, String reason, Instant now) {
		this.jdbc.sql("update participant set status = ?, status_reason = ?, status_changed_at = ? where id = ?")
			.params(status.name(), reason, Timestamp.from(now), id)
			.update();
	}

	void setApproved(long id, long by, Instant now) {
		this.jdbc.sql("update participant set approved_by = ?, approved_at = ? where id = ?")
			.params(by, Timestamp.from(now), id)
			.update();
	}

	void setLevel(long id, Level level) {
		this.jdbc.sql("update participant set level = ? where id = ?").params(level.name(), id).update();
	}

	void setRoles(long id, Set<Role> roles) {
		this.jdbc.sql("update participant set roles = ?::text[] where id = ?")
			.params(ParticipantDirectory.pgArray(roles), id)
			.update();
	}

	void setPasswordHash(long id, String hash) {
		this.jdbc.sql("update participant set password_hash = ? where id = ?").params(hash, id).update();
	}

	/** The stored hash (for checking the current password in the settings). */
	Optional<String> passwordHash(long id) {
		return this.jdbc.sql("select password_hash from participant where id = ?")
			.param(id)
			.query(String.class)
			.optional();
	}

	void updateOwnDetails(long id, String title, String phone, List<String> languages, String timeZone) {
		this.jdbc.sql("update participant set title = ?, phone = ?, languages = ?::text[], time_zone = ? where id = ?")
			.params(title, phone, textArray(languages), timeZone, id)
			.update();
	}

	void history(long participantId, String action, String detail, Long actorId, Instant at) {
		this.jdbc
			.sql("insert into participant_history (participant_id, action, detail, actor_id, at) "
					+ "values (?, ?, ?, ?, ?)")
			.params(participantId, action, (detail == null) ? "" : detail, actorId, Timestamp.from(at))
			.update();
	}

	/** Who did what to this participant, oldest first. */
	public List<HistoryEntry> history(long participantId) {
		return this.jdbc.sql("""
				select h.action, h.detail, h.actor_id, a.display_name, h.at
				from participant_history h left join participant a on a.id = h.actor_id
				where h.participant_id = ? order by h.id
				""")
			.param(participantId)
			.query((rs, i) -> new HistoryEntry(rs.getString(1), rs.getString(2), (Long) rs.getObject(3),
					rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	static String textArray(List<String> values) {
		List<String> quoted = new ArrayList<>();
		for (String v : values) {
			quoted.add('"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
		}
		return "{" + String.join(",", quoted) + "}";
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private ParticipantProfile map(ResultSet rs, int row) throws SQLException {
		Participant person = ParticipantDirectory.ROW.mapRow(rs, row);
		Timestamp approvedAt = rs.getTimestamp("approved_at");
		return new ParticipantProfile(person, rs.getString("title"), rs.getString("state_name"),
				rs.getString("state_kind"), ParticipantStatus.valueOf(rs.getString("status")),
				rs.getString("status_reason"), rs.getTimestamp("status_changed_at").toInstant(),
				rs.getString("nominating_authority"), (Long) rs.getObject("nominated_by"),
				rs.getString("nominated_by_name"), (Long) rs.getObject("approved_by"),
				(approvedAt != null) ? approvedAt.toInstant() : null, strings(rs.getArray("languages")),
				strings(rs.getArray("expertise")), rs.getString("time_zone"), rs.getString("phone"),
				rs.getTimestamp("created_at").toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : Arrays.stream((Object[]) array.getArray()).map(Object::toString).toList();
	}

	/** A State, the secretariat or an observer organisation. */
	public record Affiliation(String code, String name, String kind, Integer observerCap) {

		public boolean isObserver() {
			return "OBSERVER".equals(this.kind);
		}

	}

	/** One line of a participant's history. */
	public record HistoryEntry(String action, String detail, Long actorId, String actorName, Instant at) {
	}

}
