package org.ecs.core.meeting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.ecs.core.document.Documents;
import org.ecs.core.meeting.MeetingDraft.ItemDraft;
import org.ecs.core.text.Said;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting store. Every change by the secretariat raises the meeting's SEQUENCE and
 * writes a line of history in the same transaction; a deleted meeting is hidden, not
 * erased, so its history stays.
 */
@Repository
public class Meetings {

	private static final String COLUMNS = """
			m.id, m.uid, m.body, m.session, m.title, m.starts_at, m.ends_at, m.venue, m.room, m.status,
			m.status_reason, m.contact, m.sequence""";

	private final JdbcClient jdbc;

	private final Documents documents;

	private final Clock clock;

	private final MeetingNotices notices;

	public Meetings(JdbcClient jdbc, Documents documents, Clock clock, MeetingNotices notices) {
		this.notices = notices;
		this.jdbc = jdbc;
		this.documents = documents;
		this.clock = clock;
	}

	public Optional<Meeting> findById(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from meeting m where m.id = ? and m.deleted_at is null")
			.param(id)
			.query(this::map)
			.optional()
			.map(this::withAgenda);
	}

	public List<Meeting> list(MeetingFilter filter) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from meeting m where m.deleted_at is null");
		Map<String, Object> params = new LinkedHashMap<>();
		Timestamp now = Timestamp.from(this.clock.instant());
		if ("upcoming".equals(filter.when())) {
			sql.append(" and m.ends_at > :now");
			params.put("now", now);
		}
		else if ("past".equals(filter.when())) {
			sql.append(" and m.ends_at <= :now");
			params.put("now", now);
		}
		if (filter.body() != null) {
			sql.append(" and m.body = :body");
			params.put("body", filter.body().name());
		}
		if (filter.year() != null) {
			sql.append(" and extract(year from m.starts_at at time zone 'Europe/Vienna') = :year");
			params.put("year", filter.year());
		}
		sql.append(" order by ").append(filter.orderBy());
		return this.jdbc.sql(sql.toString()).params(params).query(this::map).list();
	}

	/** Whether the catalogue holds a document with this symbol (for links). */
	public boolean documentExists(String symbol) {
		return this.documents.findBySymbol(symbol).isPresent();
	}

	public List<MeetingChange> history(long meetingId) {
		return this.jdbc.sql("""
				select h.meeting_id, h.sequence, h.action, h.changes, h.changed_by, p.display_name, h.changed_at
				from meeting_history h join participant p on p.id = h.changed_by
				where h.meeting_id = ? order by h.id
				""")
			.param(meetingId)
			.query((rs, row) -> new MeetingChange(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	/** Adds a meeting and announces it (with an iTIP REQUEST by email). */
	@Transactional
	public Meeting create(MeetingDraft d, long by) {
		return create(d, by, true);
	}

	/**
	 * @param announce false for meetings that are not news (the demo's)
	 */
	@Transactional
	public Meeting create(MeetingDraft d, long by, boolean announce) {
		List<ResolvedItem> items = resolve(d.agenda());
		long id = this.jdbc.sql("""
				insert into meeting (uid, body, session, title, starts_at, ends_at, venue, room, status, status_reason,
				                     contact, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(UUID.randomUUID(), d.body().name(), d.session(), d.title(), Timestamp.from(d.startsAt()),
					Timestamp.from(d.endsAt()), d.venue(), d.room(), d.status().name(), d.statusReason(), d.contact(),
					by)
			.query(Long.class)
			.single();
		writeAgenda(id, items);
		record(id, 0, "CREATED", "created", by);
		Meeting created = findById(id).orElseThrow();
		if (announce) {
			this.notices.changed(created, "CREATED", by);
		}
		return created;
	}

	/**
	 * Amends the meeting; raises its SEQUENCE only when something changed (a repeated PUT
	 * changes nothing). Empty when there is no such meeting.
	 */
	@Transactional
	public Optional<Meeting> amend(long id, MeetingDraft d, long by) {
		Optional<Meeting> locked = lock(id);
		if (locked.isEmpty()) {
			return Optional.empty();
		}
		Meeting old = locked.get();
		List<ResolvedItem> items = resolve(d.agenda());
		List<String> changed = changes(old, d, items);
		if (changed.isEmpty()) {
			return Optional.of(old);
		}
		int sequence = old.sequence() + 1;
		this.jdbc.sql("""
				update meeting set body = ?, session = ?, title = ?, starts_at = ?, ends_at = ?, venue = ?, room = ?,
				                   status = ?, status_reason = ?, contact = ?, sequence = ?, updated_at = ?
				where id = ?
				""")
			.params(d.body().name(), d.session(), d.title(), Timestamp.from(d.startsAt()), Timestamp.from(d.endsAt()),
					d.venue(), d.room(), d.status().name(), d.statusReason(), d.contact(), sequence,
					Timestamp.from(this.clock.instant()), id)
			.update();
		this.jdbc.sql("delete from meeting_agenda_item where meeting_id = ?").param(id).update();
		writeAgenda(id, items);
		String action = d.status() != old.status() ? d.status() == MeetingStatus.CANCELLED ? "CANCELLED"
				: d.status() == MeetingStatus.POSTPONED ? "POSTPONED" : "RESCHEDULED" : "AMENDED";
		record(id, sequence, action, String.join(", ", changed), by);
		Optional<Meeting> amended = findById(id);
		amended.ifPresent((m) -> this.notices.changed(m, action, by));
		return amended;
	}

	/** The zone a person set (participants database), UTC when none or not a zone. */
	public java.time.ZoneId zoneOf(long participantId) {
		String zone = this.jdbc.sql("select time_zone from participant where id = ?")
			.param(participantId)
			.query(String.class)
			.optional()
			.orElse("UTC");
		try {
			return java.time.ZoneId.of(zone);
		}
		catch (java.time.DateTimeException ex) {
			return java.time.ZoneOffset.UTC;
		}
	}

	/** The meeting's live stream (an HLS playlist), if it has one. */
	public Optional<String> liveUrl(long id) {
		return this.jdbc
			.sql("select live_url from meeting where id = ? and deleted_at is null and live_url is not null")
			.param(id)
			.query(String.class)
			.optional();
	}

	/**
	 * Sets or clears the live stream's address, kept in the history.
	 * @return false when there is no such meeting
	 */
	@Transactional
	public boolean setLiveUrl(long id, String url, long by) {
		Optional<Meeting> locked = lock(id);
		if (locked.isEmpty()) {
			return false;
		}
		if (Objects.equals(url, liveUrl(id).orElse(null))) {
			return true;
		}
		this.jdbc.sql("update meeting set live_url = ?, updated_at = ? where id = ?")
			.params(url, Timestamp.from(this.clock.instant()), id)
			.update();
		record(id, locked.get().sequence(), "AMENDED", (url == null) ? "live stream removed" : "live stream", by);
		return true;
	}

	/**
	 * The meeting and one of its agenda items, the meeting's row locked until the
	 * transaction ends (so the item cannot go while a discussion is linked to it).
	 */
	Optional<Meeting> lockWithItem(long id, int number) {
		return lock(id).filter((m) -> m.agenda().stream().anyMatch((i) -> i.number() == number));
	}

	/**
	 * Links a discussion launched from an agenda item to that item, kept in the history;
	 * not a change for calendars (the SEQUENCE stays: nobody is sent an update for it).
	 */
	void linkDiscussion(Meeting locked, int number, long discussionId, long by) {
		this.jdbc.sql("""
				update meeting_agenda_item set discussion_ids = array_append(discussion_ids, ?)
				where meeting_id = ? and number = ? and not (? = any (discussion_ids))
				""").params(discussionId, locked.id(), number, discussionId).update();
		record(locked.id(), locked.sequence(), "AMENDED",
				"agenda[" + number + "]: discussion " + discussionId + " launched", by);
	}

	/** Hides the meeting; false when there is no such meeting. */
	@Transactional
	public boolean delete(long id, long by) {
		Optional<Meeting> locked = lock(id);
		if (locked.isEmpty()) {
			return false;
		}
		int sequence = locked.get().sequence() + 1;
		this.jdbc.sql("update meeting set deleted_at = ?, sequence = ?, updated_at = ? where id = ?")
			.params(Timestamp.from(this.clock.instant()), sequence, Timestamp.from(this.clock.instant()), id)
			.update();
		record(id, sequence, "DELETED", "deleted", by);
		Meeting m = locked.get();
		this.notices.changed(new Meeting(m.id(), m.uid(), m.body(), m.session(), m.title(), m.startsAt(), m.endsAt(),
				m.venue(), m.room(), m.status(), m.statusReason(), m.contact(), sequence, m.agenda()), "DELETED", by);
		return true;
	}

	private Optional<Meeting> lock(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from meeting m where m.id = ? and m.deleted_at is null for update")
			.param(id)
			.query(this::map)
			.optional()
			.map(this::withAgenda);
	}

	private void record(long id, int sequence, String action, String changes, long by) {
		this.jdbc.sql("""
				insert into meeting_history (meeting_id, sequence, action, changes, changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?)
				""").params(id, sequence, action, changes, by, Timestamp.from(this.clock.instant())).update();
	}

	private static List<String> changes(Meeting old, MeetingDraft d, List<ResolvedItem> items) {
		List<String> changed = new ArrayList<>();
		diff(changed, "body", old.body(), d.body());
		diff(changed, "session", old.session(), d.session());
		diff(changed, "title", old.title(), d.title());
		diff(changed, "start", old.startsAt(), d.startsAt());
		diff(changed, "end", old.endsAt(), d.endsAt());
		diff(changed, "venue", old.venue(), d.venue());
		diff(changed, "room", old.room(), d.room());
		diff(changed, "status", old.status(), d.status());
		diff(changed, "statusReason", old.statusReason(), d.statusReason());
		diff(changed, "contact", old.contact(), d.contact());
		List<AgendaItem> agenda = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			ResolvedItem item = items.get(i);
			agenda.add(new AgendaItem(i + 1, item.title(), item.documentIds(), item.discussionIds()));
		}
		diff(changed, "agenda", old.agenda(), agenda);
		return changed;
	}

	private static void diff(List<String> changed, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
	}

	/** Documents by symbol (or id) and discussions by id, each of which must exist. */
	private List<ResolvedItem> resolve(List<ItemDraft> agenda) {
		List<Said> problems = new ArrayList<>();
		List<ResolvedItem> items = new ArrayList<>();
		for (int i = 0; i < agenda.size(); i++) {
			ItemDraft item = agenda.get(i);
			Map<String, Long> bySymbol = this.documents.idsBySymbol(item.documents());
			List<Long> documentIds = new ArrayList<>();
			for (String ref : item.documents()) {
				Long id = bySymbol.get(ref);
				if (id == null && ref.matches("\\d{1,18}")
						&& this.documents.findById(Long.parseLong(ref)).isPresent()) {
					id = Long.parseLong(ref);
				}
				if (id == null) {
					Said field = MeetingFields.item(i + 1, "documents");
					problems.add(Said.said("problem.meeting.no-document",
							field.english() + ": no document " + ref + ".", field, ref));
				}
				else if (!documentIds.contains(id)) {
					documentIds.add(id);
				}
			}
			for (Long discussion : item.discussions()) {
				boolean exists = this.jdbc.sql("select exists (select 1 from discussion where id = ?)")
					.param(discussion)
					.query(Boolean.class)
					.single();
				if (!exists) {
					Said field = MeetingFields.item(i + 1, "discussions");
					problems.add(Said.said("problem.meeting.no-discussion",
							field.english() + ": no discussion " + discussion + ".", field,
							String.valueOf(discussion)));
				}
			}
			items.add(new ResolvedItem(item.title(), documentIds, item.discussions()));
		}
		if (!problems.isEmpty()) {
			throw MeetingRefusedException.said(problems);
		}
		return items;
	}

	private void writeAgenda(long id, List<ResolvedItem> items) {
		for (int i = 0; i < items.size(); i++) {
			ResolvedItem item = items.get(i);
			this.jdbc.sql("""
					insert into meeting_agenda_item (meeting_id, number, title, document_ids, discussion_ids)
					values (?, ?, ?, ?, ?)
					""")
				.params(id, i + 1, item.title(), item.documentIds().toArray(Long[]::new),
						item.discussionIds().toArray(Long[]::new))
				.update();
		}
	}

	private Meeting withAgenda(Meeting m) {
		List<AgendaItem> agenda = this.jdbc.sql("""
				select number, title, document_ids, discussion_ids from meeting_agenda_item
				where meeting_id = ? order by number
				""")
			.param(m.id())
			.query((rs, row) -> new AgendaItem(rs.getInt(1), rs.getString(2), longs(rs.getArray(3)),
					longs(rs.getArray(4))))
			.list();
		return new Meeting(m.id(), m.uid(), m.body(), m.session(), m.title(), m.startsAt(), m.endsAt(), m.venue(),
				m.room(), m.status(), m.statusReason(), m.contact(), m.sequence(), agenda);
	}

	private static List<Long> longs(Array array) throws SQLException {
		return Arrays.stream((Long[]) array.getArray()).toList();
	}

	private Meeting map(ResultSet rs, int row) throws SQLException {
		return new Meeting(rs.getLong("id"), rs.getObject("uid", UUID.class), MeetingBody.valueOf(rs.getString("body")),
				rs.getString("session"), rs.getString("title"), rs.getTimestamp("starts_at").toInstant(),
				rs.getTimestamp("ends_at").toInstant(), rs.getString("venue"), rs.getString("room"),
				MeetingStatus.valueOf(rs.getString("status")), rs.getString("status_reason"), rs.getString("contact"),
				rs.getInt("sequence"), List.of());
	}

	private record ResolvedItem(String title, List<Long> documentIds, List<Long> discussionIds) {
	}

}
