package org.ecs.core.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Meetings as an iCalendar feed (RFC 5545), made by ical4j. Each meeting keeps one UID
 * for life and carries its SEQUENCE, so calendar apps update the event in place; a
 * cancelled meeting stays in the feed with STATUS:CANCELLED. Times are UTC instants,
 * which every calendar app shows in its own zone.
 */
public final class MeetingCalendar {

	public static final String PRODUCT = "-//ECS Experts Communication System//Meetings//EN";

	private MeetingCalendar() {
	}

	/** The UID of a meeting's event, the same in the feed and (later) in iTIP mail. */
	public static String uid(Meeting m) {
		return m.uid() + "@ecs";
	}

	public static String feed(List<Meeting> meetings, Instant now) {
		Calendar calendar = new Calendar().add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		for (Meeting m : meetings) {
			calendar.add(event(m, now));
		}
		return calendar.toString();
	}

	/**
	 * An iTIP message (RFC 5546) for email: {@code METHOD:REQUEST} for a new or changed
	 * meeting (a calendar app adds or updates the event with this UID when the SEQUENCE
	 * is higher than the one it holds), {@code METHOD:CANCEL} for a cancelled or deleted
	 * one.
	 * @param organizer the address ECS sends from, named as the organizer
	 */
	public static String itip(Meeting m, boolean cancel, String organizer, Instant now) {
		Calendar calendar = new Calendar().add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
		VEvent event = event(m, now);
		if (cancel && !m.isCancelled()) {
			event.replace(ImmutableStatus.VEVENT_CANCELLED);
		}
		try {
			event.add(new Organizer(new java.net.URI("mailto", organizer, null)));
		}
		catch (java.net.URISyntaxException ex) {
			throw new IllegalArgumentException("Not an address: " + organizer, ex);
		}
		calendar.add(event);
		return calendar.toString();
	}

	static VEvent event(Meeting m, Instant now) {
		String summary = m.body().displayName() + (m.session() != null ? ", " + m.session() : "") + ": " + m.title();
		VEvent event = new VEvent(m.startsAt(), m.endsAt(), (m.isCancelled() ? "CANCELLED: " : "") + summary);
		event.replace(new DtStamp(now));
		event.add(new Uid(uid(m)));
		event.add(new Sequence(m.sequence()));
		event.add(switch (m.status()) {
			case SCHEDULED -> ImmutableStatus.VEVENT_CONFIRMED;
			case POSTPONED -> ImmutableStatus.VEVENT_TENTATIVE;
			case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
		});
		String location = String.join(", ",
				java.util.stream.Stream.of(m.room(), m.venue()).filter((s) -> s != null && !s.isBlank()).toList());
		if (!location.isEmpty()) {
			event.add(new Location(location));
		}
		event.add(new Description(description(m)));
		event.add(new LastModified(now));
		return event;
	}

	private static String description(Meeting m) {
		StringBuilder text = new StringBuilder();
		if (m.status() != MeetingStatus.SCHEDULED) {
			text.append(m.status().name().charAt(0))
				.append(m.status().name().substring(1).toLowerCase(Locale.ROOT))
				.append(": ")
				.append(m.statusReason())
				.append("\n\n");
		}
		if (!m.agenda().isEmpty()) {
			text.append("Agenda:\n");
			for (AgendaItem item : m.agenda()) {
				text.append(item.number()).append(". ").append(item.title()).append('\n');
			}
		}
		if (m.contact() != null) {
			text.append("\nContact: ").append(m.contact());
		}
		return text.toString().strip();
	}

}
