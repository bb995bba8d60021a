package org.ecs.core.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A meeting as held: its times are instants, shown in Vienna time (where meetings are
 * held) or in each person's own zone. {@code sequence} counts its changes (iCalendar
 * SEQUENCE); {@code uid} never changes.
 */
public record Meeting(long id, UUID uid, MeetingBody body, String session, String title, Instant startsAt,
		Instant endsAt, String venue, String room, MeetingStatus status, String statusReason, String contact,
		int sequence, List<AgendaItem> agenda) {

	/** Where meetings are held; times are typed and shown in this zone. */
	public static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

	public Meeting {
		agenda = List.copyOf(agenda);
	}

	public boolean isPastAt(Instant now) {
		return !this.endsAt.isAfter(now);
	}

	public boolean isCancelled() {
		return this.status == MeetingStatus.CANCELLED;
	}

	public LocalDateTime startInVienna() {
		return LocalDateTime.ofInstant(this.startsAt, VIENNA);
	}

	public LocalDateTime endInVienna() {
		return LocalDateTime.ofInstant(this.endsAt, VIENNA);
	}

}
