package org.ecs.web.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.ecs.core.discussion.DiscussionAccess;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.document.Documents;
import org.ecs.core.meeting.Meeting;
import org.ecs.core.meeting.MeetingCalendar;
import org.ecs.core.meeting.MeetingChange;
import org.ecs.core.meeting.MeetingDraft;
import org.ecs.core.meeting.MeetingFilter;
import org.ecs.core.meeting.MeetingInput;
import org.ecs.core.meeting.MeetingRefusedException;
import org.ecs.core.meeting.MeetingRules;
import org.ecs.core.meeting.Meetings;
import org.ecs.core.meeting.Recording;
import org.ecs.core.meeting.Recordings;
import org.ecs.core.participant.Participant;
import org.ecs.web.meeting.MeetingViews;
import org.ecs.web.meeting.RecordingUploads;
import org.ecs.web.security.CurrentParticipant;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Meetings: everyone signed in reads them and their calendar feed; the secretariat adds,
 * amends and deletes them.
 */
@RestController
class MeetingApi {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final CurrentParticipant current;

	private final Meetings meetings;

	private final MeetingViews views;

	private final Clock clock;

	private final Recordings recordings;

	private final RecordingUploads uploads;

	MeetingApi(CurrentParticipant current, Meetings meetings, Documents documents, Discussions discussions,
			DiscussionAccess discussionAccess, Clock clock, Recordings recordings, RecordingUploads uploads) {
		this.current = current;
		this.meetings = meetings;
		this.recordings = recordings;
		this.uploads = uploads;
		this.views = new MeetingViews(documents, discussions, discussionAccess);
		this.clock = clock;
	}

	@GetMapping("/api/v1/meetings")
	List<MeetingViews.Summary> list(@RequestParam(required = false) String when,
			@RequestParam(required = false) String body, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String sort) {
		this.current.get();
		MeetingFilter.problem(when, body, year, sort).ifPresent((problem) -> {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, problem);
		});
		Instant now = this.clock.instant();
		return this.meetings.list(MeetingFilter.of(when, body, year, sort))
			.stream()
			.map((m) -> MeetingViews.summary(m, now))
			.toList();
	}

	@GetMapping("/api/v1/meetings/{id}")
	MeetingViews.Detail show(@PathVariable long id) {
		Participant me = this.current.get();
		return detail(find(id), me);
	}

	/**
	 * A recording, the request's body being the file itself; {@code audio} names its
	 * tracks' languages in order (floor, en, fr…). Answers 202: transcoding follows, its
	 * progress in {@code GET .../recordings/{rid}}.
	 */
	@PostMapping("/api/v1/meetings/{id}/recordings")
	ResponseEntity<MeetingViews.RecordingView> upload(@PathVariable long id,
			@RequestParam(required = false) String name, @RequestParam(required = false) String audio,
			jakarta.servlet.http.HttpServletRequest request) throws java.io.IOException {
		Participant me = this.current.get();
		find(id);
		Recording r = refusedAsBadRequest(() -> {
			try {
				return this.uploads.receive(me, id, Recording.Source.API, name, audio, request.getContentLengthLong(),
						request.getInputStream());
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/meetings/" + id + "/recordings/" + r.id()))
			.body(MeetingViews.recordingView(r));
	}

	@GetMapping("/api/v1/meetings/{id}/recordings/{recording}")
	MeetingViews.RecordingView recording(@PathVariable long id, @PathVariable long recording) {
		this.current.get();
		find(id);
		return this.recordings.find(recording)
			.filter((r) -> r.meetingId() == id)
			.map(MeetingViews::recordingView)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such recording."));
	}

	/**
	 * Captions for a recording in one of the six languages, the request's body being the
	 * WebVTT file (at most 2 MB); replaces that language's captions. Answers the
	 * recording; its master playlist offers them moments later.
	 */
	@PutMapping("/api/v1/meetings/{id}/recordings/{recording}/captions/{language}")
	MeetingViews.RecordingView captions(@PathVariable long id, @PathVariable long recording,
			@PathVariable String language, jakarta.servlet.http.HttpServletRequest request) {
		Participant me = this.current.get();
		find(id);
		return MeetingViews.recordingView(refusedAsBadRequest(() -> {
			try {
				return this.uploads.captions(me, id, recording, language, request.getContentLengthLong(),
						request.getInputStream());
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}));
	}

	/** The live stream's HLS address, {@code {"url": "..."}}; an empty url removes it. */
	@PutMapping("/api/v1/meetings/{id}/live")
	MeetingViews.Detail live(@PathVariable long id, @RequestBody java.util.Map<String, String> body) {
		Participant me = mustManage();
		refusedAsBadRequest(() -> this.meetings.setLiveUrl(id, MeetingRules.liveUrl(body.get("url")), me.id()));
		return detail(find(id), me);
	}

	private MeetingViews.Detail detail(Meeting m, Participant me) {
		return this.views.detail(m, me, this.clock.instant(), this.recordings.ofMeeting(m.id()),
				this.meetings.liveUrl(m.id()).orElse(null));
	}

	@GetMapping("/api/v1/meetings/{id}/history")
	List<MeetingChange> history(@PathVariable long id) {
		mustManage();
		find(id);
		return this.meetings.history(id);
	}

	@PostMapping("/api/v1/meetings")
	ResponseEntity<MeetingViews.Detail> create(@RequestBody MeetingInput input) {
		Participant me = mustManage();
		Meeting created = refusedAsBadRequest(() -> this.meetings.create(MeetingRules.check(input), me.id()));
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + created.id())).body(detail(created, me));
	}

	@PutMapping("/api/v1/meetings/{id}")
	MeetingViews.Detail amend(@PathVariable long id, @RequestBody MeetingInput input) {
		Participant me = mustManage();
		Meeting amended = refusedAsBadRequest(() -> {
			MeetingDraft draft = MeetingRules.check(input);
			return this.meetings.amend(id, draft, me.id())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such meeting."));
		});
		return detail(amended, me);
	}

	@DeleteMapping("/api/v1/meetings/{id}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		Participant me = mustManage();
		if (!this.meetings.delete(id, me.id())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such meeting.");
		}
		return ResponseEntity.noContent().build();
	}

	/** Every meeting, cancelled ones included (marked so), as iCalendar. */
	@GetMapping("/api/v1/calendar.ics")
	ResponseEntity<String> calendar() {
		this.current.get();
		String feed = MeetingCalendar.feed(this.meetings.list(MeetingFilter.ALL), this.clock.instant());
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noStore())
			.header("Content-Disposition", "inline; filename=\"ecs-meetings.ics\"")
			.body(feed);
	}

	private Meeting find(long id) {
		return this.meetings.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such meeting."));
	}

	private Participant mustManage() {
		Participant me = this.current.get();
		if (!MeetingRules.managesMeetings(me)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Only the secretariat adds, amends and deletes meetings.");
		}
		return me;
	}

	private static <T> T refusedAsBadRequest(java.util.function.Supplier<T> action) {
		try {
			return action.get();
		}
		catch (MeetingRefusedException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

}
