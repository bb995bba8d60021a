package org.ecs.web.meeting;

import java.time.Clock;
import java.time.Instant;

import org.ecs.core.discussion.DiscussionAccess;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.document.Documents;
import org.ecs.core.meeting.MeetingFilter;
import org.ecs.core.meeting.MeetingRules;
import org.ecs.core.meeting.Meetings;
import org.ecs.core.participant.Participant;
import org.ecs.web.security.CurrentParticipant;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The meetings list (upcoming or past) and a page per meeting with its agenda. */
@Controller
class MeetingController {

	private final CurrentParticipant current;

	private final Meetings meetings;

	private final MeetingViews views;

	private final Clock clock;

	MeetingController(CurrentParticipant current, Meetings meetings, Documents documents, Discussions discussions,
			DiscussionAccess discussionAccess, Clock clock) {
		this.current = current;
		this.meetings = meetings;
		this.views = new MeetingViews(documents, discussions, discussionAccess);
		this.clock = clock;
	}

	@GetMapping("/meetings")
	String list(@RequestParam(name = "when", defaultValue = "upcoming") String when, Model model) {
		String which = "past".equals(when) ? "past" : "upcoming";
		Instant now = this.clock.instant();
		model.addAttribute("when", which);
		model.addAttribute("meetings",
				this.meetings.list(MeetingFilter.of(which, null, null, null))
					.stream()
					.map((m) -> MeetingViews.summary(m, now))
					.toList());
		return "meetings";
	}

	@GetMapping("/meetings/{id}")
	String show(@PathVariable long id, Model model) {
		Participant me = this.current.get();
		var meeting = this.meetings.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such meeting."));
		model.addAttribute("m", this.views.detail(meeting, me, this.clock.instant()));
		model.addAttribute("manages", MeetingRules.managesMeetings(me));
		if (MeetingRules.managesMeetings(me)) {
			model.addAttribute("history", this.meetings.history(id));
		}
		return "meeting";
	}

}
