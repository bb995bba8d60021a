package org.ecs.web.calendar;

import java.time.Clock;

import org.ecs.core.meeting.CalendarFeeds;
import org.ecs.core.meeting.MeetingCalendar;
import org.ecs.core.meeting.MeetingFilter;
import org.ecs.core.meeting.Meetings;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A person's private calendar address, read by a calendar app (Outlook, Thunderbird, a
 * phone) that cannot sign in: the secret in the URL is the credential. A package of its
 * own, outside the layout of signed-in pages, and outside sign-in in the security chain.
 * An unknown or stopped address answers 404, never why.
 */
@RestController
public class PrivateCalendarFeed {

	/** Where a calendar app reads a feed: {@code /calendar/feed/<token>.ics}. */
	public static final String PATH = "/calendar/feed/";

	private final CalendarFeeds feeds;

	private final Meetings meetings;

	private final Clock clock;

	PrivateCalendarFeed(CalendarFeeds feeds, Meetings meetings, Clock clock) {
		this.feeds = feeds;
		this.meetings = meetings;
		this.clock = clock;
	}

	@GetMapping(PATH + "{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		this.feeds.owner(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such calendar."));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
			.cacheControl(CacheControl.noStore())
			.header("X-Robots-Tag", "noindex")
			.header("Content-Disposition", "inline; filename=\"ecs-meetings.ics\"")
			.body(MeetingCalendar.feed(this.meetings.list(MeetingFilter.ALL), this.clock.instant()));
	}

}
