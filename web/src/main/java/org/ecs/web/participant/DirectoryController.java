package org.ecs.web.participant;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.participant.ParticipantFilter;
import org.ecs.core.participant.ParticipantProfile;
import org.ecs.core.participant.ParticipantRefusedException;
import org.ecs.core.participant.ParticipantRights;
import org.ecs.core.participant.ParticipantStatus;
import org.ecs.core.participant.ParticipationChanges;
import org.ecs.core.participant.Role;
import org.ecs.web.i18n.Texts;
import org.ecs.web.security.CurrentParticipant;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The directory page (search, sort, filter) and a participant's page, which carries the
 * administrator's, the secretariat's and the focal point's forms for what each may
 * change.
 */
@Controller
class DirectoryController {

	private final CurrentParticipant current;

	private final ParticipantQueries queries;

	private final ParticipantDirectory directory;

	private final ParticipationChanges changes;

	private final Texts texts;

	DirectoryController(CurrentParticipant current, ParticipantQueries queries, ParticipantDirectory directory,
			ParticipationChanges changes, Texts texts) {
		this.texts = texts;
		this.current = current;
		this.queries = queries;
		this.directory = directory;
		this.changes = changes;
	}

	@GetMapping("/participants")
	String directory(@RequestParam(required = false) String q, @RequestParam(required = false) String state,
			@RequestParam(required = false) String level, @RequestParam(required = false) String role,
			@RequestParam(required = false) String expertise, @RequestParam(required = false) String status,
			@RequestParam(required = false) String sort, Model model, HttpServletResponse response) {
		Participant me = this.current.get();
		List<ParticipantView> people = List.of();
		try {
			ParticipantFilter filter = ParticipantQueries.filter(q, state, level, role, expertise, status, sort, 200,
					0);
			people = this.queries.directory(me, filter);
		}
		catch (ParticipantRefusedException ex) {
			model.addAttribute("alert", this.texts.said(ex.said(), ex.getMessage()));
			response.setStatus(400);
		}
		model.addAttribute("people", people);
		model.addAttribute("states", this.directory.states());
		model.addAttribute("levels", Level.values());
		model.addAttribute("roles", Role.values());
		model.addAttribute("statuses", ParticipantStatus.values());
		model.addAttribute("sorts", ParticipantFilter.Sort.values());
		model.addAttribute("tags", this.queries.expertiseTags());
		model.addAttribute("q", q);
		model.addAttribute("state", state);
		model.addAttribute("level", level);
		model.addAttribute("role", role);
		model.addAttribute("expertise", expertise);
		model.addAttribute("status", status);
		model.addAttribute("sort", sort);
		return "participants";
	}

	@GetMapping("/participants/{id}")
	String one(@PathVariable long id, Model model, HttpServletResponse response) {
		Participant me = this.current.get();
		ParticipantProfile p;
		try {
			p = this.queries.visible(me, id);
		}
		catch (ParticipantRefusedException ex) {
			response.setStatus(404);
			model.addAttribute("alert", this.texts.said(ex.said(), ex.getMessage()));
			model.addAttribute("people", List.of());
			return "participant-missing";
		}
		model.addAttribute("p", ParticipantView.of(p, me));
		boolean governs = ParticipantRights.govern(me, p.person()).isEmpty();
		model.addAttribute("mayGovern", governs && p.status().holdsAPlace());
		model.addAttribute("mayResubmit", governs && p.status() == ParticipantStatus.RETURNED);
		model.addAttribute("mayDecide",
				ParticipantRights.decide(me).isEmpty() && p.status() == ParticipantStatus.NOMINATED);
		model.addAttribute("mayAdminister", ParticipantRights.administer(me).isEmpty());
		model.addAttribute("mayChangeRoles", ParticipantRights.changeRoles(me).isEmpty());
		model.addAttribute("history", (me.id() == id || ParticipantRights.seesInactive(me, p.person()))
				? this.queries.history(me, id) : List.of());
		model.addAttribute("levels", Level.values());
		model.addAttribute("roles", Role.values());
		return "participant";
	}

	@PostMapping("/participants/{id}/level")
	String level(@PathVariable long id, @RequestParam(required = false) Level level, RedirectAttributes redirect) {
		return act(this.texts, id, redirect, this.texts.get("participants.done.level"),
				() -> this.changes.changeLevel(this.current.get(), id, level));
	}

	@PostMapping("/participants/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(this.texts, id, redirect, this.texts.get("participants.done.withdrawn"),
				() -> this.changes.withdraw(this.current.get(), id, reason));
	}

	@PostMapping("/participants/{id}/status")
	String status(@PathVariable long id, @RequestParam(required = false) ParticipantStatus status,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(this.texts, id, redirect, this.texts.get("participants.done.status"),
				() -> this.changes.setStatus(this.current.get(), id, status, reason));
	}

	@PostMapping("/participants/{id}/roles")
	String roles(@PathVariable long id, @RequestParam(name = "roles", required = false) List<Role> roles,
			RedirectAttributes redirect) {
		Set<Role> chosen = (roles == null) ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		return act(this.texts, id, redirect, this.texts.get("participants.done.roles"),
				() -> this.changes.changeRoles(this.current.get(), id, chosen));
	}

	/**
	 * Runs a change and goes back to the person's page with what happened; a refusal for
	 * rights is a 403 page, as for any other forbidden request.
	 */
	static String act(Texts texts, long id, RedirectAttributes redirect, String done, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (ParticipantRefusedException ex) {
			if (ex.kind() == ParticipantRefusedException.Kind.FORBIDDEN) {
				throw new org.springframework.security.access.AccessDeniedException(ex.getMessage());
			}
			redirect.addFlashAttribute("alert", texts.said(ex.said(), ex.getMessage()));
		}
		return "redirect:/participants/" + id;
	}

}
