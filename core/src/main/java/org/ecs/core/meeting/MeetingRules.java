package org.ecs.core.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ecs.core.meeting.MeetingDraft.ItemDraft;
import org.ecs.core.meeting.MeetingInput.ItemInput;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;
import org.ecs.core.text.InputText;
import org.ecs.core.text.Said;

/**
 * What a meeting must hold, and who manages meetings. Every problem is found at once and
 * named by its field, so a client fixes its request in one go.
 */
public final class MeetingRules {

	public static final int MAX_TEXT = 300;

	public static final int MAX_ITEMS = 100;

	public static final int MAX_LINKS = 50;

	/** Longer than any session of the Commission; longer is a typing error. */
	public static final Duration MAX_LENGTH = Duration.ofDays(31);

	private MeetingRules() {
	}

	/**
	 * The secretariat adds, amends and deletes meetings; everyone signed in reads them.
	 */
	public static boolean managesMeetings(Participant p) {
		return p.active() && (p.has(Role.SECRETARIAT) || p.isAdministrator());
	}

	public static MeetingDraft check(MeetingInput in) {
		List<Said> problems = new ArrayList<>();
		if (in == null) {
			throw MeetingRefusedException
				.said(List.of(Said.said("problem.meeting.no-body", "The request body is missing.")));
		}
		MeetingBody body = null;
		if (blank(in.body())) {
			problems.add(Said.said("problem.meeting.body-required",
					"body: required, one of " + MeetingBody.known() + ".", MeetingBody.known().toString()));
		}
		else {
			body = MeetingBody.parse(in.body()).orElse(null);
			if (body == null) {
				problems.add(Said.said("problem.meeting.body-unknown",
						"body: unknown body; one of " + MeetingBody.known() + ".", MeetingBody.known().toString()));
			}
		}
		String title = text(problems, MeetingFields.field("title"), in.title(), true);
		String session = text(problems, MeetingFields.field("session"), in.session(), false);
		String venue = text(problems, MeetingFields.field("venue"), in.venue(), false);
		String room = text(problems, MeetingFields.field("room"), in.room(), false);
		String contact = text(problems, MeetingFields.field("contact"), in.contact(), false);
		String reason = text(problems, MeetingFields.field("statusReason"), in.statusReason(), false);
		Instant start = time(problems, MeetingFields.field("start"), in.start());
		Instant end = time(problems, MeetingFields.field("end"), in.end());
		if (start != null && end != null) {
			if (!end.isAfter(start)) {
				problems.add(Said.said("problem.meeting.end-before-start", "end: must be after start."));
			}
			else if (Duration.between(start, end).compareTo(MAX_LENGTH) > 0) {
				problems.add(Said.said("problem.meeting.too-long",
						"end: a meeting lasts at most " + MAX_LENGTH.toDays() + " days.", MAX_LENGTH.toDays()));
			}
		}
		MeetingStatus status = MeetingStatus.SCHEDULED;
		if (!blank(in.status())) {
			try {
				status = MeetingStatus.valueOf(in.status().strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(Said.said("problem.meeting.status", "status: one of SCHEDULED, POSTPONED, CANCELLED."));
			}
		}
		if (status != MeetingStatus.SCHEDULED && reason == null) {
			String word = status.name().toLowerCase(Locale.ROOT);
			problems
				.add(Said.said("problem.meeting.reason." + word, "statusReason: say why the meeting is " + word + "."));
		}
		List<ItemDraft> items = agenda(problems, in.agenda());
		if (!problems.isEmpty()) {
			throw MeetingRefusedException.said(problems);
		}
		return new MeetingDraft(body, session, title, start, end, venue, room, status, reason, contact, items);
	}

	/**
	 * A private calendar address's token as ECS makes them: 32 random bytes, base64url.
	 */
	public static boolean isFeedToken(String token) {
		return token != null && token.matches("[A-Za-z0-9_-]{43}");
	}

	/**
	 * A live stream's address: an HLS playlist ({@code .m3u8}) on this server (a path) or
	 * on a media server over HTTPS (http only for a local test source). Null clears it.
	 */
	public static String liveUrl(String text) {
		if (blank(text)) {
			return null;
		}
		String t = text.strip();
		List<Said> problems = new ArrayList<>();
		InputText.said(MeetingFields.field("url"), t).ifPresent(problems::add);
		java.net.URI uri = null;
		try {
			uri = java.net.URI.create(t);
		}
		catch (IllegalArgumentException ex) {
			problems.add(Said.said("problem.live.not-url", "url: not a URL."));
		}
		if (uri != null) {
			boolean local = uri.getScheme() == null && uri.getHost() == null && t.startsWith("/")
					&& !t.startsWith("//");
			boolean remote = ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())
					&& ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost())))
					&& uri.getHost() != null && uri.getUserInfo() == null;
			if (!local && !remote) {
				problems.add(Said.said("problem.live.where", "url: a path on this server or an https:// address."));
			}
			else if (uri.getPath() == null || !uri.getPath().endsWith(".m3u8")) {
				problems.add(Said.said("problem.live.playlist", "url: an HLS playlist, ending in .m3u8."));
			}
		}
		if (t.length() > 1000) {
			problems.add(Said.said("problem.live.long", "url: at most 1000 characters.", 1000));
		}
		if (!problems.isEmpty()) {
			throw MeetingRefusedException.said(problems);
		}
		return t;
	}

	private static List<ItemDraft> agenda(List<Said> problems, List<ItemInput> agenda) {
		List<ItemDraft> items = new ArrayList<>();
		if (agenda == null) {
			return items;
		}
		if (agenda.size() > MAX_ITEMS) {
			problems
				.add(Said.said("problem.meeting.agenda-long", "agenda: at most " + MAX_ITEMS + " items.", MAX_ITEMS));
			return items;
		}
		for (int i = 0; i < agenda.size(); i++) {
			ItemInput item = agenda.get(i);
			int number = i + 1;
			if (item == null) {
				Said field = MeetingFields.item(number);
				problems.add(Said.said("problem.meeting.item-empty", field.english() + ": empty item.", field));
				continue;
			}
			String title = text(problems, MeetingFields.item(number, "title"), item.title(), true);
			List<String> documents = new ArrayList<>();
			List<Long> discussions = new ArrayList<>();
			if (item.documents() != null) {
				if (item.documents().size() > MAX_LINKS) {
					Said field = MeetingFields.item(number, "documents");
					problems.add(Said.said("problem.meeting.links-long",
							field.english() + ": at most " + MAX_LINKS + ".", field, MAX_LINKS));
				}
				else {
					for (String symbol : item.documents()) {
						String s = text(problems, MeetingFields.item(number, "documents"), symbol, true);
						if (s != null && !documents.contains(s)) {
							documents.add(s);
						}
					}
				}
			}
			if (item.discussions() != null) {
				if (item.discussions().size() > MAX_LINKS) {
					Said field = MeetingFields.item(number, "discussions");
					problems.add(Said.said("problem.meeting.links-long",
							field.english() + ": at most " + MAX_LINKS + ".", field, MAX_LINKS));
				}
				else {
					for (Long id : item.discussions()) {
						if (id == null || id <= 0) {
							Said field = MeetingFields.item(number, "discussions");
							problems.add(Said.said("problem.meeting.discussion-id",
									field.english() + ": not a discussion id.", field));
						}
						else if (!discussions.contains(id)) {
							discussions.add(id);
						}
					}
				}
			}
			items.add(new ItemDraft(title, documents, discussions));
		}
		return items;
	}

	private static Instant time(List<Said> problems, Said field, String text) {
		if (blank(text)) {
			problems.add(Said.said("problem.meeting.time-required",
					field.english() + ": required, a Vienna local time like 2027-03-15T10:00.", field));
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip()).atZone(Meeting.VIENNA).toInstant();
		}
		catch (DateTimeParseException ex) {
			problems.add(Said.said("problem.meeting.time-invalid",
					field.english() + ": not a time; write a Vienna local time like 2027-03-15T10:00.", field));
			return null;
		}
	}

	private static String text(List<Said> problems, Said field, String text, boolean required) {
		if (blank(text)) {
			if (required) {
				problems.add(Said.said("problem.meeting.required", field.english() + ": required.", field));
			}
			return null;
		}
		var problem = InputText.said(field, text);
		if (problem.isPresent()) {
			problems.add(problem.get());
			return null;
		}
		String t = text.strip();
		if (t.length() > MAX_TEXT) {
			problems.add(Said.said("problem.meeting.text-long",
					field.english() + ": at most " + MAX_TEXT + " characters.", field, MAX_TEXT));
			return null;
		}
		return t;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
