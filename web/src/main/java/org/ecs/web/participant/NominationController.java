package org.ecs.web.participant;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.NominationCsv;
import org.ecs.core.participant.Nominations;
import org.ecs.core.participant.Nominee;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.participant.ParticipantProfile;
import org.ecs.core.participant.ParticipantRefusedException;
import org.ecs.core.participant.ParticipantRights;
import org.ecs.core.participant.Role;
import org.ecs.web.i18n.Texts;
import org.ecs.web.security.CurrentParticipant;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Nomination pages: a focal point sees their State's nominations and nominates (a form,
 * or a CSV with a report of each row); the secretariat sees every State's and approves or
 * returns each with a reason; a returned one is corrected and sent again.
 */
@Controller
class NominationController {

	private final CurrentParticipant current;

	private final ParticipantQueries queries;

	private final Nominations nominations;

	private final ParticipantDirectory directory;

	private final Texts texts;

	NominationController(CurrentParticipant current, ParticipantQueries queries, Nominations nominations,
			ParticipantDirectory directory, Texts texts) {
		this.texts = texts;
		this.current = current;
		this.queries = queries;
		this.nominations = nominations;
		this.directory = directory;
	}

	@GetMapping("/nominations")
	String list(@RequestParam(required = false) String state, Model model) {
		Participant me = this.current.get();
		List<ParticipantView> list;
		try {
			list = this.queries.nominations(me, state, null);
		}
		catch (ParticipantRefusedException ex) {
			throw new AccessDeniedException(ex.getMessage());
		}
		model.addAttribute("nominations", list);
		model.addAttribute("mayDecide", ParticipantRights.decide(me).isEmpty());
		model.addAttribute("secretariat", me.has(Role.SECRETARIAT) || me.isAdministrator());
		model.addAttribute("states", this.directory.states());
		model.addAttribute("state", state);
		model.addAttribute("levels", Level.values());
		return "nominations";
	}

	@PostMapping("/nominations")
	String nominate(@RequestParam(required = false) String name, @RequestParam(required = false) String title,
			@RequestParam(required = false) String email, @RequestParam(required = false) String fax,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String state,
			@RequestParam(required = false) Level level, @RequestParam(required = false) String language,
			@RequestParam(required = false) String languages, @RequestParam(required = false) String expertise,
			@RequestParam(required = false) String timeZone, RedirectAttributes redirect) {
		Nominee n = new Nominee(name, title, email, fax, phone, state, level, language, Nominee.split(languages),
				Nominee.split(expertise), timeZone, null);
		try {
			ParticipantProfile p = this.nominations.nominate(this.current.get(), n);
			redirect.addFlashAttribute("notice",
					this.texts.get("nominations.done.nominated", p.person().displayName(), p.person().username()));
		}
		catch (ParticipantRefusedException ex) {
			forbiddenAsAccessDenied(ex);
			redirect.addFlashAttribute("alert", this.texts.said(ex.said(), ex.getMessage()));
		}
		return "redirect:/nominations";
	}

	@PostMapping("/nominations/csv")
	String nominateMany(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		Participant me = this.current.get();
		if (file == null || file.isEmpty()) {
			response.setStatus(400);
			model.addAttribute("alert", this.texts.get("nominations.no-file"));
			model.addAttribute("rows", List.of());
			return "nomination-report";
		}
		try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			List<NominationCsv.RowOutcome> rows = this.nominations.nominateAll(me, NominationCsv.read(reader));
			model.addAttribute("rows",
					rows.stream()
						.map((r) -> new ReportRow(r.line(), r.name(), r.email(), r.accepted(), r.username(),
								r.accepted() ? null : this.texts.said(r.said(), r.reason())))
						.toList());
			model.addAttribute("accepted", rows.stream().filter(NominationCsv.RowOutcome::accepted).count());
		}
		catch (ParticipantRefusedException ex) {
			forbiddenAsAccessDenied(ex);
			response.setStatus(400);
			model.addAttribute("alert", this.texts.said(ex.said(), ex.getMessage()));
			model.addAttribute("rows", List.of());
		}
		return "nomination-report";
	}

	@PostMapping("/nominations/{id}/approve")
	String approve(@PathVariable long id, @RequestParam(required = false) Channel invitation,
			RedirectAttributes redirect) {
		return decide(this.texts, redirect, this.texts.get("nominations.done.approved"), () -> this.nominations
			.approve(this.current.get(), id, (invitation == null) ? Channel.EMAIL : invitation));
	}

	@PostMapping("/nominations/{id}/return")
	String giveBack(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return decide(this.texts, redirect, this.texts.get("nominations.done.returned"),
				() -> this.nominations.giveBack(this.current.get(), id, reason));
	}

	@PostMapping("/nominations/{id}/invite")
	String reinvite(@PathVariable long id, @RequestParam(required = false) Channel invitation,
			RedirectAttributes redirect) {
		return decide(this.texts, redirect, this.texts.get("nominations.done.reinvited"), () -> this.nominations
			.reinvite(this.current.get(), id, (invitation == null) ? Channel.EMAIL : invitation));
	}

	@GetMapping("/nominations/{id}")
	String show(@PathVariable long id) {
		return "redirect:/participants/" + id;
	}

	@PostMapping("/nominations/{id}")
	String resubmit(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String title, @RequestParam(required = false) String email,
			@RequestParam(required = false) String fax, @RequestParam(required = false) String phone,
			@RequestParam(required = false) Level level, @RequestParam(required = false) String language,
			@RequestParam(required = false) String languages, @RequestParam(required = false) String expertise,
			@RequestParam(required = false) String timeZone, RedirectAttributes redirect) {
		Nominee n = new Nominee(name, title, email, fax, phone, null, level, language, Nominee.split(languages),
				Nominee.split(expertise), timeZone, null);
		return DirectoryController.act(this.texts, id, redirect, this.texts.get("nominations.done.resubmitted"),
				() -> this.nominations.resubmit(this.current.get(), id, n));
	}

	private static String decide(Texts texts, RedirectAttributes redirect, String done, Runnable decision) {
		try {
			decision.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (ParticipantRefusedException ex) {
			forbiddenAsAccessDenied(ex);
			redirect.addFlashAttribute("alert", texts.said(ex.said(), ex.getMessage()));
		}
		return "redirect:/nominations";
	}

	private static void forbiddenAsAccessDenied(ParticipantRefusedException ex) {
		if (ex.kind() == ParticipantRefusedException.Kind.FORBIDDEN) {
			throw new AccessDeniedException(ex.getMessage());
		}
	}

	/** One row of the CSV report, its reason in the page's language. */
	record ReportRow(long line, String name, String email, boolean accepted, String username, String reason) {
	}

}
