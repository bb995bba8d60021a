package org.ecs.web.meeting;

import java.time.Clock;
import java.time.Instant;

import org.ecs.core.discussion.DiscussionAccess;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.document.Documents;
import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import org.ecs.core.meeting.AudioLanguages;
import org.ecs.core.meeting.MeetingFilter;
import org.ecs.core.meeting.MeetingRefusedException;
import org.ecs.core.meeting.Recording;
import org.ecs.core.meeting.Recordings;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ecs.core.meeting.MeetingRules;
import org.ecs.core.meeting.Meetings;
import org.ecs.core.participant.Participant;
import org.ecs.web.i18n.Texts;
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

	private final Recordings recordings;

	private final RecordingUploads uploads;

	private final Texts texts;

	MeetingController(CurrentParticipant current, Meetings meetings, Documents documents, Discussions discussions,
			DiscussionAccess discussionAccess, Clock clock, Recordings recordings, RecordingUploads uploads,
			Texts texts) {
		this.texts = texts;
		this.current = current;
		this.meetings = meetings;
		this.recordings = recordings;
		this.uploads = uploads;
		this.views = new MeetingViews(documents, discussions, discussionAccess);
		this.clock = clock;
	}

	@GetMapping("/meetings")
	String list(@RequestParam(name = "when", defaultValue = "upcoming") String when, Model model) {
		String which = "past".equals(when) ? "past" : "upcoming";
		Instant now = this.clock.instant();
		model.addAttribute("when", which);
		model.addAttribute("manages", MeetingRules.managesMeetings(this.current.get()));
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
		model.addAttribute("m", this.views.detail(meeting, me, this.clock.instant(), this.recordings.ofMeeting(id),
				this.meetings.liveUrl(id).orElse(null)));
		model.addAttribute("liveUrl", this.meetings.liveUrl(id).orElse(""));
		java.time.ZoneId zone = this.meetings.zoneOf(me.id());
		model.addAttribute("myZone", zone.getId());
		model.addAttribute("myStart", java.time.LocalDateTime.ofInstant(meeting.startsAt(), zone));
		model.addAttribute("myEnd", java.time.LocalDateTime.ofInstant(meeting.endsAt(), zone));
		model.addAttribute("audioLanguages", AudioLanguages.codes());
		model.addAttribute("manages", MeetingRules.managesMeetings(me));
		if (MeetingRules.managesMeetings(me)) {
			model.addAttribute("history", this.meetings.history(id));
		}
		return "meeting";
	}

	/**
	 * The page's upload (by script, the request's body being the file, with the page's
	 * CSRF header): answers the recording as JSON, whose progress the page then follows.
	 */
	@PostMapping("/meetings/{id}/recordings")
	@ResponseBody
	ResponseEntity<MeetingViews.RecordingView> upload(@PathVariable long id,
			@RequestParam(required = false) String name, @RequestParam(required = false) String audio,
			HttpServletRequest request) throws IOException {
		Participant me = this.current.get();
		this.meetings.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such meeting."));
		try {
			Recording r = this.uploads.receive(me, id, Recording.Source.WEB, name, audio,
					request.getContentLengthLong(), request.getInputStream());
			return ResponseEntity.accepted().body(MeetingViews.recordingView(r));
		}
		catch (MeetingRefusedException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

	/** How far a recording has come, for the page that shows its progress. */
	@GetMapping("/meetings/{id}/recordings/{recording}")
	@ResponseBody
	MeetingViews.RecordingView recording(@PathVariable long id, @PathVariable long recording) {
		this.current.get();
		return this.recordings.find(recording)
			.filter((r) -> r.meetingId() == id)
			.map(MeetingViews::recordingView)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such recording."));
	}

	/** The secretariat sets or removes the live stream's address. */
	@PostMapping("/meetings/{id}/live")
	String live(@PathVariable long id, @RequestParam(required = false) String url, RedirectAttributes redirect) {
		Participant me = this.current.get();
		if (!MeetingRules.managesMeetings(me)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the secretariat manages meetings.");
		}
		try {
			if (!this.meetings.setLiveUrl(id, MeetingRules.liveUrl(url), me.id())) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such meeting.");
			}
			redirect.addFlashAttribute("notice", this.texts.get("meeting.live-saved"));
		}
		catch (MeetingRefusedException ex) {
			redirect.addFlashAttribute("alert", ex.getMessage());
		}
		return "redirect:/meetings/" + id;
	}

}
