package org.ecs.core.meeting;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.ecs.core.notice.Addressee;
import org.ecs.core.notice.NoticeKind;
import org.ecs.core.notice.NoticePublication;
import org.ecs.core.notice.Notices;
import org.ecs.core.notification.Wording;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A meeting announced, changed or cancelled is told to its audience through the notice
 * path, in the transaction of the change: the web inbox, a fax (the same words: name,
 * times in Vienna time, place, agenda, reason) and an email that carries the iTIP message
 * (REQUEST for a new or changed meeting, CANCEL for a cancelled or deleted one), so a
 * calendar app adds, moves or strikes the event by its UID and SEQUENCE. Everyone signed
 * in may see meetings, so everyone is told.
 */
@Component
public class MeetingNotices {

	private static final DateTimeFormatter VIENNA_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm",
			Locale.ENGLISH);

	private final Notices notices;

	private final NoticePublication publication;

	private final Clock clock;

	private final String organizer;

	private final String baseUrl;

	public MeetingNotices(Notices notices, NoticePublication publication, Clock clock,
			@Value("${ecs.mail.from:ECS <ecs@ecs.localhost>}") String from,
			@Value("${ecs.mail.base-url:http://localhost:8080}") String baseUrl) {
		this.notices = notices;
		this.publication = publication;
		this.clock = clock;
		this.organizer = address(from);
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/**
	 * Tells the meeting's audience of a change, in the caller's transaction.
	 * @param action CREATED, AMENDED, POSTPONED, RESCHEDULED, CANCELLED or DELETED
	 */
	void changed(Meeting m, String action, long by) {
		List<Addressee> to = List.of(Addressee.everyone());
		if (this.notices.resolve(to, by).isEmpty()) {
			return;
		}
		boolean cancel = action.equals("CANCELLED") || action.equals("DELETED");
		String what = switch (action) {
			case "CREATED" -> "Meeting";
			case "CANCELLED" -> "Meeting cancelled";
			case "DELETED" -> "Meeting withdrawn";
			case "POSTPONED" -> "Meeting postponed";
			default -> "Meeting changed";
		};
		var notice = this.notices.create(NoticeKind.MESSAGE, by, null, what + ": " + m.title(), body(m, action), to,
				wording(m, action));
		this.notices.attachCalendar(notice.id(), MeetingCalendar.itip(m, cancel, this.organizer, this.clock.instant()));
		this.publication.publish(notice.id());
	}

	/**
	 * The same as a wording each reader's channels say in their language: {0} the title,
	 * {1} body and session, {2} the status and why (or that it was withdrawn), {3} when,
	 * {4} where, {5} the agenda, {6} its address; the optional parts empty when absent.
	 */
	private Wording wording(Meeting m, String action) {
		String key = switch (action) {
			case "CREATED" -> "meeting.created";
			case "CANCELLED" -> "meeting.cancelled";
			case "DELETED" -> "meeting.deleted";
			case "POSTPONED" -> "meeting.postponed";
			default -> "meeting.changed";
		};
		Object status = "";
		if (m.status() != MeetingStatus.SCHEDULED && m.statusReason() != null) {
			status = Wording.key("notice.meeting.status." + m.status().name(), m.statusReason());
		}
		else if (action.equals("DELETED")) {
			status = Wording.key("notice.meeting.withdrawn");
		}
		String where = String.join(", ",
				java.util.stream.Stream.of(m.room(), m.venue()).filter((s) -> s != null && !s.isBlank()).toList());
		StringBuilder agenda = new StringBuilder();
		for (AgendaItem item : m.agenda()) {
			agenda.append(agenda.isEmpty() ? "" : "\n").append(item.number()).append(". ").append(item.title());
		}
		return Wording.of(key, m.title(), m.body().displayName() + ((m.session() != null) ? ", " + m.session() : ""),
				status,
				Wording.key("notice.meeting.when", Wording.time(m.startInVienna()), Wording.time(m.endInVienna())),
				where.isEmpty() ? "" : Wording.key("notice.meeting.where", where),
				agenda.isEmpty() ? "" : Wording.key("notice.meeting.agenda", agenda.toString()),
				action.equals("DELETED") ? ""
						: Wording.key("notice.meeting.url", this.baseUrl + "/meetings/" + m.id()));
	}

	private String body(Meeting m, String action) {
		StringBuilder text = new StringBuilder();
		text.append(m.body().displayName()).append((m.session() != null) ? ", " + m.session() : "").append('\n');
		text.append(m.title()).append("\n\n");
		if (m.status() != MeetingStatus.SCHEDULED && m.statusReason() != null) {
			text.append(m.status().name().charAt(0))
				.append(m.status().name().substring(1).toLowerCase(Locale.ROOT))
				.append(": ")
				.append(m.statusReason())
				.append("\n\n");
		}
		else if (action.equals("DELETED")) {
			text.append("This meeting was withdrawn from the calendar.\n\n");
		}
		text.append("When (Vienna time): ")
			.append(VIENNA_TIME.format(m.startInVienna()))
			.append(" – ")
			.append(VIENNA_TIME.format(m.endInVienna()))
			.append('\n');
		String where = String.join(", ",
				java.util.stream.Stream.of(m.room(), m.venue()).filter((s) -> s != null && !s.isBlank()).toList());
		if (!where.isEmpty()) {
			text.append("Where: ").append(where).append('\n');
		}
		if (!m.agenda().isEmpty()) {
			text.append("\nAgenda:\n");
			for (AgendaItem item : m.agenda()) {
				text.append(item.number()).append(". ").append(item.title()).append('\n');
			}
		}
		if (!action.equals("DELETED")) {
			text.append('\n').append(this.baseUrl).append("/meetings/").append(m.id());
		}
		return text.toString().strip();
	}

	static String address(String from) {
		String f = from.strip();
		int lt = f.lastIndexOf('<');
		int gt = f.lastIndexOf('>');
		return (lt >= 0 && gt > lt) ? f.substring(lt + 1, gt).strip() : f;
	}

}
