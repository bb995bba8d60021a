package org.ecs.core.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who attends a meeting and from which State. A participant registers and withdraws for
 * themselves while the meeting is ahead or on; the secretariat records anyone, at any
 * time (a list of who came is made afterwards too). Registering again changes the mode.
 */
@Repository
public class Attendance {

	/** How a person attends. */
	public enum Mode {

		IN_PERSON, REMOTE

	}

	/** One attendee, as the meeting page lists them (by State, then name). */
	public record Attendee(long participantId, String name, String stateCode, String stateName, Mode mode,
			Instant registeredAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	public Attendance(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Registers the participant (the State is theirs now).
	 * @param by who registers: the participant, or the secretariat
	 * @throws MeetingRefusedException when the meeting is cancelled, or over and the
	 * participant registers themselves
	 */
	public void register(Meeting meeting, long participantId, Mode mode, long by) {
		boolean self = participantId == by;
		if (meeting.status() == MeetingStatus.CANCELLED) {
			throw MeetingRefusedException.said(List.of(org.ecs.core.text.Said.said("problem.attendance.cancelled",
					"meeting: cancelled; nobody attends a cancelled meeting.")));
		}
		if (self && meeting.isPastAt(this.clock.instant())) {
			throw MeetingRefusedException.said(List.of(org.ecs.core.text.Said.said("problem.attendance.over",
					"meeting: over; the secretariat records who attended.")));
		}
		this.jdbc
			.sql("""
					insert into meeting_attendance (meeting_id, participant_id, state_code, mode, registered_by, registered_at)
					select ?, p.id, p.state_code, ?, ?, ? from participant p where p.id = ?
					on conflict (meeting_id, participant_id) do update set mode = excluded.mode,
					registered_by = excluded.registered_by, registered_at = excluded.registered_at""")
			.params(meeting.id(), mode.name(), by, Timestamp.from(this.clock.instant()), participantId)
			.update();
	}

	public void withdraw(long meetingId, long participantId) {
		this.jdbc.sql("delete from meeting_attendance where meeting_id = ? and participant_id = ?")
			.params(meetingId, participantId)
			.update();
	}

	public List<Attendee> of(long meetingId) {
		return this.jdbc.sql("""
				select a.participant_id, p.display_name, a.state_code, s.name, a.mode, a.registered_at
				from meeting_attendance a join participant p on p.id = a.participant_id
				left join state s on s.code = a.state_code
				where a.meeting_id = ? order by s.name nulls last, p.display_name""")
			.param(meetingId)
			.query((rs, n) -> new Attendee(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					Mode.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant()))
			.list();
	}

	public Optional<Mode> modeOf(long meetingId, long participantId) {
		return this.jdbc.sql("select mode from meeting_attendance where meeting_id = ? and participant_id = ?")
			.params(meetingId, participantId)
			.query(String.class)
			.optional()
			.map(Mode::valueOf);
	}

	/** The participant with this user name, for the secretariat's form. */
	public Optional<Long> participantNamed(String username) {
		return this.jdbc.sql("select id from participant where username = ?")
			.param(username == null ? "" : username.strip())
			.query(Long.class)
			.optional();
	}

}
