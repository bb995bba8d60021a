package org.ecs.web.meeting;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ecs.core.meeting.AgendaItem;
import org.ecs.core.meeting.Meeting;
import org.ecs.core.meeting.MeetingBody;
import org.ecs.core.meeting.MeetingInput;
import org.ecs.core.meeting.MeetingRefusedException;
import org.ecs.core.meeting.MeetingRules;
import org.ecs.core.meeting.MeetingStatus;
import org.ecs.core.meeting.Meetings;
import org.ecs.core.participant.Participant;
import org.ecs.web.i18n.Texts;
import org.ecs.web.security.CurrentParticipant;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's forms: add a meeting, amend it (every change kept in its history and
 * sent as an iTIP update), delete it. The agenda is typed one item per line, an item's
 * documents and discussions after it: {@code Programme and budget ; documents:
 * CTBT/PTS/INF.1234 ; discussions: 3}. The same rules as the API answer, field by field.
 */
@Controller
class MeetingFormController {

	private final CurrentParticipant current;

	private final Meetings meetings;

	private final Texts texts;

	MeetingFormController(CurrentParticipant current, Meetings meetings, Texts texts) {
		this.current = current;
		this.meetings = meetings;
		this.texts = texts;
	}

	/** The form as typed. */
	record Form(String body, String session, String title, String start, String end, String venue, String room,
			String status, String statusReason, String contact, String agenda) {

		MeetingInput input() {
			List<MeetingInput.ItemInput> items = new ArrayList<>();
			if (this.agenda != null) {
				for (String line : this.agenda.split("\\R")) {
					if (line.isBlank()) {
						continue;
					}
					String[] parts = line.split(";");
					List<String> documents = new ArrayList<>();
					List<Long> discussions = new ArrayList<>();
					for (int i = 1; i < parts.length; i++) {
						String part = parts[i].strip();
						if (part.startsWith("documents:")) {
							list(part.substring(10)).forEach(documents::add);
						}
						else if (part.startsWith("discussions:")) {
							for (String d : list(part.substring(12))) {
								discussions.add(d.matches("\\d{1,18}") ? Long.parseLong(d) : -1L);
							}
						}
					}
					items.add(new MeetingInput.ItemInput(parts[0].strip(), documents, discussions));
				}
			}
			return new MeetingInput(this.body, this.session, this.title, this.start, this.end, this.venue, this.room,
					this.status, this.statusReason, this.contact, items);
		}

		static Form of(Meeting m) {
			StringBuilder agenda = new StringBuilder();
			for (AgendaItem item : m.agenda()) {
				agenda.append(item.title());
				if (!item.documentIds().isEmpty()) {
					agenda.append(" ; documents: ")
						.append(String.join(", ", item.documentIds().stream().map(String::valueOf).toList()));
				}
				if (!item.discussionIds().isEmpty()) {
					agenda.append(" ; discussions: ")
						.append(String.join(", ", item.discussionIds().stream().map(String::valueOf).toList()));
				}
				agenda.append('\n');
			}
			return new Form(m.body().name(), m.session(), m.title(), minutes(m.startInVienna()),
					minutes(m.endInVienna()), m.venue(), m.room(), m.status().name(), m.statusReason(), m.contact(),
					agenda.toString());
		}

		private static String minutes(LocalDateTime t) {
			return t.withSecond(0).withNano(0).toString();
		}

		private static List<String> list(String text) {
			return Arrays.stream(text.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
		}

	}

	@GetMapping("/meetings/new")
	String newMeeting(Model model) {
		mustManage();
		return form(model, new Form(null, null, null, null, null, "Vienna International Centre", null, "SCHEDULED",
				null, null, null), null, List.of());
	}

	@PostMapping("/meetings/new")
	String create(@ModelAttribute Form form, Model model, RedirectAttributes redirect) {
		Participant me = mustManage();
		try {
			Meeting m = this.meetings.create(MeetingRules.check(form.input()), me.id());
			redirect.addFlashAttribute("notice", this.texts.get("meeting-form.saved"));
			return "redirect:/meetings/" + m.id();
		}
		catch (MeetingRefusedException ex) {
			return form(model, form, null, said(ex));
		}
	}

	@GetMapping("/meetings/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		mustManage();
		Meeting m = find(id);
		return form(model, Form.of(m), m, List.of());
	}

	@PostMapping("/meetings/{id}/edit")
	String amend(@PathVariable long id, @ModelAttribute Form form, Model model, RedirectAttributes redirect) {
		Participant me = mustManage();
		Meeting m = find(id);
		try {
			this.meetings.amend(id, MeetingRules.check(form.input()), me.id());
			redirect.addFlashAttribute("notice", this.texts.get("meeting-form.saved"));
			return "redirect:/meetings/" + id;
		}
		catch (MeetingRefusedException ex) {
			return form(model, form, m, said(ex));
		}
	}

	@PostMapping("/meetings/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		Participant me = mustManage();
		if (!this.meetings.delete(id, me.id())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such meeting.");
		}
		redirect.addFlashAttribute("notice", this.texts.get("meeting-form.deleted"));
		return "redirect:/meetings";
	}

	private String form(Model model, Form form, Meeting existing, List<String> problems) {
		model.addAttribute("form", form);
		model.addAttribute("existing", existing);
		model.addAttribute("problems", problems);
		model.addAttribute("bodies", MeetingBody.values());
		model.addAttribute("statuses", MeetingStatus.values());
		return "meeting-form";
	}

	/** Each problem in the page's language (the API keeps the English). */
	private List<String> said(MeetingRefusedException ex) {
		if (ex.said().isEmpty()) {
			return ex.problems();
		}
		return ex.said().stream().map((s) -> this.texts.said(List.of(s), s.english())).toList();
	}

	private Meeting find(long id) {
		return MeetingPages.find(this.meetings, id);
	}

	private Participant mustManage() {
		return MeetingPages.mustManage(this.current);
	}

}
