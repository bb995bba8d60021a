package org.ecs.core.notice;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ecs.core.notification.Wording;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Announcements and network messages as sent, and whom their addressees name. A notice is
 * written with its message for the pipeline in one transaction (the outbox).
 */
@Repository
public class Notices {

	private static final String COLUMNS = """
			n.id, n.kind, n.sender_id, p.display_name as sender_name, n.discussion_id, n.subject, n.body,
			n.addressees, n.created_at, n.fanned_out_at, n.recipients""";

	private final JdbcClient jdbc;

	public Notices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new notice, not yet fanned out. */
	public Notice create(NoticeKind kind, long senderId, Long discussionId, String subject, String body,
			List<Addressee> addressees) {
		return create(kind, senderId, discussionId, subject, body, addressees, null);
	}

	/**
	 * Stores a new notice ECS wrote: the English subject and body, and the wording each
	 * reader's channels say in their language (null: shown as stored).
	 */
	public Notice create(NoticeKind kind, long senderId, Long discussionId, String subject, String body,
			List<Addressee> addressees, Wording wording) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into notice (id, kind, sender_id, discussion_id, subject, body, addressees, args)
				values (?, ?, ?, ?, ?, ?, ?::text[], ?::jsonb)
				""")
			.params(id, kind.name(), senderId, discussionId, subject, body, textArray(addressees),
					(wording != null) ? wording.toJson() : null)
			.update();
		return find(id).orElseThrow();
	}

	/** The wordings of those of these notices ECS wrote, by id, in one query. */
	public java.util.Map<UUID, Wording> wordings(java.util.Collection<UUID> ids) {
		java.util.Map<UUID, Wording> wordings = new java.util.HashMap<>();
		if (ids.isEmpty()) {
			return wordings;
		}
		this.jdbc.sql("select id, args::text from notice where id = any(?::uuid[]) and args is not null")
			.param("{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}")
			.query((rs, i) -> {
				UUID id = rs.getObject(1, UUID.class);
				Wording.fromJson(rs.getString(2)).ifPresent((w) -> wordings.put(id, w));
				return id;
			})
			.list();
		return wordings;
	}

	/** The wording of a notice ECS wrote, if it has one. */
	public Optional<Wording> wording(UUID id) {
		return this.jdbc.sql("select args::text from notice where id = ? and args is not null")
			.param(id)
			.query(String.class)
			.optional()
			.flatMap(Wording::fromJson);
	}

	public Optional<Notice> find(UUID id) {
		return this.jdbc
			.sql("select " + COLUMNS + " from notice n join participant p on p.id = n.sender_id where n.id = ?")
			.param(id)
			.query(ROW)
			.optional();
	}

	/** What this participant sent, newest first. */
	public List<Notice> sentBy(long senderId, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from notice n join participant p on p.id = n.sender_id "
					+ "where n.sender_id = ? and n.kind = 'MESSAGE' order by n.created_at desc limit ?")
			.params(senderId, limit)
			.query(ROW)
			.list();
	}

	/** Attaches an iCalendar message (iTIP) that emails for this notice carry. */
	public void attachCalendar(UUID id, String calendar) {
		this.jdbc.sql("update notice set calendar = ? where id = ?").params(calendar, id).update();
	}

	/** The iCalendar message emails for this notice carry, if any. */
	public Optional<String> calendar(UUID id) {
		return this.jdbc.sql("select calendar from notice where id = ? and calendar is not null")
			.param(id)
			.query(String.class)
			.optional();
	}

	public void markFannedOut(UUID id, int recipients) {
		this.jdbc.sql("update notice set fanned_out_at = coalesce(fanned_out_at, now()), recipients = ? where id = ?")
			.params(recipients, id)
			.update();
	}

	/**
	 * The active participants the addressees name, each once, in id order, without the
	 * one excluded (the sender).
	 */
	public List<Long> resolve(List<Addressee> addressees, long excluded) {
		Set<Long> ids = new LinkedHashSet<>();
		for (Addressee a : addressees) {
			ids.addAll(members(a));
		}
		ids.remove(excluded);
		return ids.stream().sorted().toList();
	}

	/**
	 * The people an account notice names, whatever their status (a nominee being invited,
	 * someone just withdrawn): account notices name persons only.
	 */
	public List<Long> accountHolders(List<Addressee> addressees) {
		List<Long> ids = addressees.stream()
			.filter((a) -> a.type() == Addressee.Type.PERSON)
			.map(Addressee::id)
			.toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select id from participant where id = any(?::bigint[]) order by id")
			.param(longArray(new LinkedHashSet<>(ids)))
			.query(Long.class)
			.list();
	}

	private List<Long> members(Addressee a) {
		return switch (a.type()) {
			case PERSON -> this.jdbc.sql("select id from participant where id = ? and active")
				.param(a.id())
				.query(Long.class)
				.list();
			case DISCUSSION -> this.jdbc.sql("""
					select p.id from participant p where p.active and (
					    exists (select 1 from discussion_member m where m.discussion_id = ? and m.participant_id = p.id)
					    or exists (select 1 from discussion d where d.id = ? and d.coordinator_id = p.id))
					""").params(a.id(), a.id()).query(Long.class).list();
			case STATE -> this.jdbc.sql("select id from participant where state_code = ? and active")
				.param(a.value())
				.query(Long.class)
				.list();
			case ROLE -> this.jdbc.sql("select id from participant where ? = any(roles) and active")
				.param(a.value())
				.query(Long.class)
				.list();
			case EVERYONE -> this.jdbc.sql("select id from participant where active").query(Long.class).list();
		};
	}

	/**
	 * The addressees that name nobody: a participant id that is not an active
	 * participant, a discussion or a State code that does not exist. Roles and everyone
	 * always name a group.
	 */
	public List<Addressee> unknown(List<Addressee> addressees) {
		Set<Long> people = new LinkedHashSet<>();
		Set<Long> discussions = new LinkedHashSet<>();
		Set<String> states = new LinkedHashSet<>();
		for (Addressee a : addressees) {
			switch (a.type()) {
				case PERSON -> people.add(a.id());
				case DISCUSSION -> discussions.add(a.id());
				case STATE -> states.add(a.value());
				default -> {
				}
			}
		}
		Set<Long> knownPeople = people.isEmpty() ? Set.of()
				: Set.copyOf(this.jdbc.sql("select id from participant where active and id = any(?::bigint[])")
					.param(longArray(people))
					.query(Long.class)
					.list());
		Set<Long> knownDiscussions = discussions.isEmpty() ? Set.of()
				: Set.copyOf(this.jdbc.sql("select id from discussion where id = any(?::bigint[])")
					.param(longArray(discussions))
					.query(Long.class)
					.list());
		Set<String> knownStates = states.isEmpty() ? Set.of()
				: Set.copyOf(this.jdbc.sql("select code from state where code = any(?::text[])")
					.param("{" + String.join(",", states) + "}")
					.query(String.class)
					.list());
		return addressees.stream().filter((a) -> switch (a.type()) {
			case PERSON -> !knownPeople.contains(a.id());
			case DISCUSSION -> !knownDiscussions.contains(a.id());
			case STATE -> !knownStates.contains(a.value());
			default -> false;
		}).distinct().toList();
	}

	private static String longArray(Set<Long> ids) {
		return "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}";
	}

	/** Who coordinates the discussion, if it exists. */
	Optional<Long> coordinatorOf(long discussionId) {
		return this.jdbc.sql("select coordinator_id from discussion where id = ?")
			.param(discussionId)
			.query(Long.class)
			.optional();
	}

	private static String textArray(List<Addressee> addressees) {
		List<String> quoted = new ArrayList<>();
		for (Addressee a : addressees) {
			quoted.add('"' + a.toString() + '"');
		}
		return "{" + String.join(",", quoted) + "}";
	}

	static final RowMapper<Notice> ROW = Notices::map;

	private static Notice map(ResultSet rs, int row) throws SQLException {
		Array array = rs.getArray("addressees");
		List<Addressee> addressees = (array == null) ? List.of()
				: Arrays.stream((Object[]) array.getArray())
					.map(Object::toString)
					.map(Addressee::parse)
					.flatMap(Optional::stream)
					.toList();
		Timestamp fanned = rs.getTimestamp("fanned_out_at");
		Number recipients = (Number) rs.getObject("recipients");
		Number discussion = (Number) rs.getObject("discussion_id");
		return new Notice(rs.getObject("id", UUID.class), NoticeKind.valueOf(rs.getString("kind")),
				rs.getLong("sender_id"), rs.getString("sender_name"),
				(discussion != null) ? discussion.longValue() : null, rs.getString("subject"), rs.getString("body"),
				addressees, rs.getTimestamp("created_at").toInstant(), (fanned != null) ? fanned.toInstant() : null,
				(recipients != null) ? recipients.intValue() : null);
	}

}
