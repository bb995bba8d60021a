package org.ecs.web.meeting;

import org.ecs.core.meeting.CalendarFeeds;
import org.ecs.core.participant.Participant;
import org.ecs.web.calendar.PrivateCalendarFeed;
import org.ecs.web.i18n.Texts;
import org.ecs.web.security.CurrentParticipant;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A person's private calendar address, to subscribe from Outlook, Thunderbird or a phone:
 * the person makes it (it is shown once, then only its date), makes a new one (the old
 * stops answering) or stops it. The feed itself is {@link PrivateCalendarFeed}.
 */
@Controller
class CalendarFeedController {

	private final CurrentParticipant current;

	private final CalendarFeeds feeds;

	private final Texts texts;

	CalendarFeedController(CurrentParticipant current, CalendarFeeds feeds, Texts texts) {
		this.current = current;
		this.feeds = feeds;
		this.texts = texts;
	}

	@PostMapping("/meetings/calendar-feed")
	String renew(RedirectAttributes redirect) {
		Participant me = this.current.get();
		String token = this.feeds.renew(me.id());
		redirect.addFlashAttribute("feedUrl",
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path(PrivateCalendarFeed.PATH + token + ".ics")
					.toUriString());
		redirect.addFlashAttribute("notice", this.texts.get("calendar-feed.made"));
		return "redirect:/meetings#calendar-subscription";
	}

	@PostMapping("/meetings/calendar-feed/stop")
	String stop(RedirectAttributes redirect) {
		Participant me = this.current.get();
		this.feeds.revoke(me.id());
		redirect.addFlashAttribute("notice", this.texts.get("calendar-feed.stopped"));
		return "redirect:/meetings#calendar-subscription";
	}

}
