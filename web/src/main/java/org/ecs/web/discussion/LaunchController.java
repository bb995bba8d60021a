package org.ecs.web.discussion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.ecs.core.discussion.DiscussionLaunch;
import org.ecs.core.discussion.Launch;
import org.ecs.core.discussion.ReviewPolicy;
import org.ecs.core.discussion.SubjectKind;
import org.ecs.core.meeting.AgendaDiscussions;
import org.ecs.core.notice.NoticeRefusedException;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.web.message.Recipients;
import org.ecs.web.i18n.Texts;
import org.ecs.web.security.CurrentParticipant;
import org.ecs.web.security.FaxOnlyPolicy;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Launching a discussion on a paper, a topic or an agenda item: who coordinates it, whom
 * it invites, until when input is accepted. The audience hears of it on their channels.
 */
@Controller
class LaunchController {

	private final CurrentParticipant current;

	private final DiscussionLaunch launch;

	private final Recipients recipients;

	private final ParticipantDirectory directory;

	private final Clock clock;

	private final Texts texts;

	private final FaxOnlyPolicy faxOnly;

	private final AgendaDiscussions agendaDiscussions;

	LaunchController(CurrentParticipant current, DiscussionLaunch launch, Recipients recipients,
			ParticipantDirectory directory, Clock clock, Texts texts, FaxOnlyPolicy faxOnly,
			AgendaDiscussions agendaDiscussions) {
		this.faxOnly = faxOnly;
		this.agendaDiscussions = agendaDiscussions;
		this.texts = texts;
		this.current = current;
		this.launch = launch;
		this.recipients = recipients;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * What the launch form posts; the deadline as the browser's datetime-local, in UTC;
	 * {@code meeting} and {@code item} when it is launched from a meeting's agenda item.
	 */
	record LaunchForm(String title, SubjectKind subjectKind, String subjectRef, String description, Long coordinatorId,
			String deadline, ReviewPolicy reviewPolicy, List<String> audience, Long meeting, Integer item) {
	}

	/**
	 * The form, empty, or from a meeting's agenda item: on that item, titled as it, its
	 * reference the meeting and the item.
	 */
	@GetMapping("/discussions/new")
	String form(@RequestParam(required = false) Long meeting, @RequestParam(required = false) Integer item,
			Model model) {
		Participant me = launcher();
		String deadline = LocalDateTime
			.ofInstant(this.clock.instant().plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.HOURS), ZoneOffset.UTC)
			.toString();
		Long coordinator = me.reviews() ? me.id() : null;
		if (meeting != null || item != null) {
			AgendaDiscussions.Subject s = agendaItem(meeting, item);
			return show(model, me, new LaunchForm(s.itemTitle(), SubjectKind.AGENDA_ITEM, s.reference(), "",
					coordinator, deadline, DiscussionLaunch.DEFAULT_POLICY, List.of(), s.meetingId(), s.number()));
		}
		return show(model, me, new LaunchForm("", SubjectKind.PAPER, "", "", coordinator, deadline,
				DiscussionLaunch.DEFAULT_POLICY, List.of(), null, null));
	}

	@PostMapping("/discussions")
	String launch(@ModelAttribute LaunchForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Participant me = launcher();
		try {
			Launch asked = new Launch(form.title(), form.subjectKind(), form.subjectRef(), form.description(),
					form.coordinatorId(), deadline(form.deadline()), form.reviewPolicy(),
					Recipients.parse(form.audience()));
			long id;
			if (form.meeting() != null || form.item() != null) {
				AgendaDiscussions.Subject s = agendaItem(form.meeting(), form.item());
				id = this.agendaDiscussions.launch(me, s.meetingId(), s.number(), asked);
			}
			else {
				id = this.launch.launch(me, asked);
			}
			redirect.addFlashAttribute("notice", this.texts.get("launch.launched"));
			return "redirect:/discussions/" + id;
		}
		catch (NoticeRefusedException ex) {
			if (ex.isForbidden()) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
			}
			model.addAttribute("alert", this.texts.said(ex.said(), ex.getMessage()));
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return show(model, me, form);
		}
	}

	private Participant launcher() {
		Participant me = this.current.get();
		if (!me.mayPost()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Monitoring participants read discussions but do not launch them.");
		}
		if (!this.faxOnly.actsOnWeb(me)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Fax-only participants do not launch on the web.");
		}
		return me;
	}

	private AgendaDiscussions.Subject agendaItem(Long meeting, Integer item) {
		if (meeting == null || item == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Name both the meeting and its agenda item.");
		}
		return this.agendaDiscussions.subject(meeting, item)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such agenda item."));
	}

	private Instant deadline(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw new NoticeRefusedException(this.texts.get("launch.error.deadline"));
		}
	}

	private String show(Model model, Participant me, LaunchForm form) {
		model.addAttribute("form", form);
		model.addAttribute("agendaItem", (form.meeting() != null && form.item() != null)
				? this.agendaDiscussions.subject(form.meeting(), form.item()).orElse(null) : null);
		model.addAttribute("kinds", SubjectKind.values());
		model.addAttribute("policies", ReviewPolicy.values());
		model.addAttribute("coordinators",
				this.directory.all().stream().filter((p) -> p.active() && p.reviews()).toList());
		model.addAttribute("groups", this.recipients.forLaunch(me));
		model.addAttribute("chosen", (form.audience() != null) ? form.audience() : List.of());
		return "launch";
	}

}
