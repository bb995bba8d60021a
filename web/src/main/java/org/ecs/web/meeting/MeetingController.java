package org.ecs.web.meeting;

import java.time.Clock;
import java.time.Instant;

import org.ecs.core.discussion.DiscussionAccess;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.document.Documents;
import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import org.ecs.core.meeting.Attendance;
import org.ecs.core.meeting.AudioLanguages;
import org.ecs.core.meeting.CalendarFeeds;
import org.ecs.core.meeting.LiveStreamTokens;
import org.ecs.core.meeting.LiveTestSource;
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
import org.ecs.web.security.FaxOnlyPolicy;

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

	private final CalendarFeeds feeds;

	private final LiveTestSource liveSource;

	private final Attendance attendance;

	private final FaxOnlyPolicy faxOnly;

	private final LiveStreamTokens liveTokens;

	MeetingController(CurrentParticipant current, Meetings meetings, Documents documents, Discussions discussions,
			DiscussionAccess discussionAccess, Clock clock, Recordings recordings, RecordingUploads uploads,
			Texts texts, CalendarFeeds feeds, LiveTestSource liveSource, Attendance attendance, FaxOnlyPolicy faxOnly,
			LiveStreamTokens liveTokens) {
		this.faxOnly = faxOnly;
		this.liveTokens = liveTokens;
		this.texts = texts;
		this.attendance = attendance;
		this.feeds = feeds;
		this.liveSource = liveSource;
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
		Participant me = this.current.get();
		model.addAttribute("manages", MeetingRules.managesMeetings(me));
		model.addAttribute("feedSince", this.feeds.since(me.id()).orElse(null));
		model.addAttribute("meetings",
				this.meetings.list(MeetingFilter.of(which, null, null, null))
					.stream()
					.map((m) -> MeetingViews.summary(m, now))
					.toList());
		return "meetings";
	}

	/**
	 * A month of meetings as a calendar, in the person's time zone, beside the list; a
	 * cancelled meeting stays in it, marked.
	 */
	@GetMapping("/meetings/calendar")
	String month(@RequestParam(required = false) String month, Model model, java.util.Locale locale) {
		Participant me = this.current.get();
		Instant now = this.clock.instant();
		java.time.ZoneId zone = this.meetings.zoneOf(me.id());
		java.time.YearMonth which = MonthGrid.month(month, zone, now);
		var all = this.meetings.list(MeetingFilter.ALL).stream().map((m) -> MeetingViews.summary(m, now)).toList();
		model.addAttribute("grid", MonthGrid.of(which, all, zone, now, locale));
		model.addAttribute("myZone", zone.getId());
		model.addAttribute("manages", MeetingRules.managesMeetings(me));
		return "meetings-calendar";
	}

	@GetMapping("/meetings/{id}")
	String show(@PathVariable long id, Model model) {
		Participant me = this.current.get();
		var meeting = this.meetings.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such meeting."));
		var recorded = this.recordings.ofMeeting(id);
		model.addAttribute("m",
				this.views.detail(meeting, me, this.clock.instant(), recorded, this.meetings.liveUrl(id).orElse(null)));
		model.addAttribute("failures",
				recorded.stream()
					.filter((r) -> r.status() == org.ecs.core.meeting.RecordingStatus.FAILED)
					.collect(java.util.stream.Collectors.toMap(Recording::id,
							(r) -> this.texts.get(RecordingFailures.key(r.failure())))));
		model.addAttribute("liveUrl", this.meetings.liveUrl(id).orElse(""));
		model.addAttribute("liveTokenUrl", this.meetings.liveUrl(id).flatMap(LiveStreamTokens::mediaPath).isPresent()
				? "/meetings/" + id + "/live/token" : null);
		java.time.ZoneId zone = this.meetings.zoneOf(me.id());
		model.addAttribute("myZone", zone.getId());
		model.addAttribute("myStart", java.time.LocalDateTime.ofInstant(meeting.startsAt(), zone));
		model.addAttribute("myEnd", java.time.LocalDateTime.ofInstant(meeting.endsAt(), zone));
		model.addAttribute("audioLanguages", AudioLanguages.codes());
		model.addAttribute("captionChoices",
				AudioLanguages.codes()
					.stream()
					.filter((c) -> !c.equals(AudioLanguages.FLOOR))
					.map((c) -> java.util.Map.entry(c, AudioLanguages.name(c)))
					.toList());
		model.addAttribute("attendees", this.attendance.of(id));
		model.addAttribute("myAttendance", this.attendance.modeOf(id, me.id()).map(Enum::name).orElse(null));
		model.addAttribute("manages", MeetingRules.managesMeetings(me));
		model.addAttribute("mayLaunch", me.mayPost() && this.faxOnly.actsOnWeb(me) && !meeting.isCancelled());
		if (MeetingRules.managesMeetings(me)) {
			model.addAttribute("history", this.meetings.history(id).stream().map(this::historyLine).toList());
		}
		return "meeting";
	}

	/**
	 * A line of the history as the page shows it: what changed in the page's language (a
	 * field by its label, a list as the language writes one), the rest as stored.
	 */
	private HistoryLine historyLine(org.ecs.core.meeting.MeetingChange h) {
		java.util.List<org.ecs.core.text.Said> said = h.said();
		String changes = said.isEmpty() ? h.changes()
				: com.ibm.icu.text.ListFormatter
					.getInstance(org.springframework.context.i18n.LocaleContextHolder.getLocale())
					.format(said.stream().map((s) -> this.texts.said(java.util.List.of(s), s.english())).toList());
		return new HistoryLine(h.sequence(), h.action(), changes, h.changedByName(), h.changedAt());
	}

	/** A line of the meeting's history on its page. */
	public record HistoryLine(int sequence, String action, String changes, String changedByName, Instant changedAt) {
	}

	/**
	 * The page's upload (by script, the request's body being the file, with the page's
	 * CSRF header): answers the recording as JSON, whose progress the page then follows;
	 * or {@code {status, message}} with why not, in the page's language (the page shows
	 * the message; the API says it in English).
	 */
	@PostMapping("/meetings/{id}/recordings")
	@ResponseBody
	ResponseEntity<?> upload(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String audio, HttpServletRequest request) throws IOException {
		Participant me = this.current.get();
		if (this.meetings.findById(id).isEmpty()) {
			return refused(HttpStatus.NOT_FOUND, java.util.List.of(org.ecs.core.text.Said
				.said("problem.recording.no-meeting", "No such meeting.", String.valueOf(id))), "No such meeting.");
		}
		try {
			Recording r = this.uploads.receive(me, id, Recording.Source.WEB, name, audio,
					request.getContentLengthLong(), request.getInputStream());
			return ResponseEntity.accepted().body(MeetingViews.recordingView(r));
		}
		catch (RecordingRefusedException ex) {
			return refused(HttpStatus.valueOf(ex.getStatusCode().value()), java.util.List.of(ex.said()),
					ex.getReason());
		}
		catch (MeetingRefusedException ex) {
			return refused(HttpStatus.BAD_REQUEST, ex.said(), ex.getMessage());
		}
	}

	private ResponseEntity<java.util.Map<String, Object>> refused(HttpStatus status,
			java.util.List<org.ecs.core.text.Said> said, String english) {
		return ResponseEntity.status(status)
			.body(java.util.Map.of("status", status.value(), "message", this.texts.said(said, english)));
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

	/**
	 * The secretariat's captions form: a WebVTT file in one language for a recording;
	 * what is wrong with the file is said on the page.
	 */
	@PostMapping("/meetings/{id}/recordings/{recording}/captions")
	String captions(@PathVariable long id, @PathVariable long recording, @RequestParam String language,
			@RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		Participant me = mustManage();
		try {
			if (file == null || file.isEmpty()) {
				throw new MeetingRefusedException(java.util.List.of(this.texts.get("meeting.captions-missing")));
			}
			this.uploads.captions(me, id, recording, language, file.getSize(), file.getInputStream());
			redirect.addFlashAttribute("notice", this.texts.get("meeting.captions-saved"));
		}
		catch (MeetingRefusedException ex) {
			redirect.addFlashAttribute("alert", this.texts.said(ex.said(), ex.getMessage()));
		}
		catch (RecordingRefusedException ex) {
			redirect.addFlashAttribute("alert", this.texts.said(java.util.List.of(ex.said()), ex.getReason()));
		}
		return "redirect:/meetings/" + id;
	}

	/**
	 * A short-lived token for the signed-in person to watch this meeting's live stream on
	 * the outside media server, good for that stream's path only; while the meeting is
	 * on.
	 */
	@GetMapping("/meetings/{id}/live/token")
	@ResponseBody
	ResponseEntity<java.util.Map<String, Object>> liveToken(@PathVariable long id) {
		Participant me = this.current.get();
		var meeting = this.meetings.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such meeting."));
		var live = this.views
			.detail(meeting, me, this.clock.instant(), java.util.List.of(), this.meetings.liveUrl(id).orElse(null))
			.live();
		String path = java.util.Optional.ofNullable(live)
			.flatMap((l) -> LiveStreamTokens.mediaPath(l.playlist()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "The meeting is not live."));
		return ResponseEntity.ok()
			.cacheControl(org.springframework.http.CacheControl.noStore())
			.body(java.util.Map.of("token", this.liveTokens.issue(me.id(), path), "path", path, "lifetimeSeconds",
					this.liveTokens.lifetime().toSeconds()));
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
			redirect.addFlashAttribute("alert", this.texts.said(ex.said(), ex.getMessage()));
		}
		return "redirect:/meetings/" + id;
	}

	/**
	 * The secretariat starts the embedded live source (the test pattern, or a published
	 * recording replayed): the meeting's live address becomes the source's, served to
	 * signed-in people only.
	 */
	@PostMapping("/meetings/{id}/live/test-source")
	String startLiveSource(@PathVariable long id, @RequestParam(required = false) Long replay,
			RedirectAttributes redirect) {
		Participant me = mustManage();
		this.meetings.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such meeting."));
		Recording replayed = (replay == null) ? null
				: this.recordings.find(replay)
					.filter((r) -> r.meetingId() == id && r.published())
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such recording."));
		java.util.UUID key = this.liveSource.start(id, replayed);
		this.meetings.setLiveUrl(id, RecordingMedia.livePlaylist(key), me.id());
		redirect.addFlashAttribute("notice", this.texts.get("meeting.live-source-started"));
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/live/test-source/stop")
	String stopLiveSource(@PathVariable long id, RedirectAttributes redirect) {
		Participant me = mustManage();
		this.liveSource.stop(id);
		if (this.meetings.liveUrl(id).filter(RecordingMedia::isLivePlaylist).isPresent()) {
			this.meetings.setLiveUrl(id, null, me.id());
		}
		redirect.addFlashAttribute("notice", this.texts.get("meeting.live-source-stopped"));
		return "redirect:/meetings/" + id;
	}

	private Participant mustManage() {
		Participant me = this.current.get();
		if (!MeetingRules.managesMeetings(me)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the secretariat manages meetings.");
		}
		return me;
	}

}
