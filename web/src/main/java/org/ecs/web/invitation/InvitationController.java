package org.ecs.web.invitation;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ecs.core.participant.Nominations;
import org.ecs.core.participant.ParticipantProfile;
import org.ecs.web.i18n.Texts;
import org.ecs.web.security.EnrolmentSignIn;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The invited person, not signed in yet, sets their password: from the emailed link, or
 * with their username and the code their invitation fax gave. Then the next step is the
 * certificate, at {@code /settings/certificate}: setting the password signs the person in
 * with one certificate enrolment ({@link EnrolmentSignIn}), so they get their first
 * certificate even where every other page needs one. A used, expired or withdrawn
 * invitation gets a page that says so (410), never a hint of whom it was for.
 */
@Controller
class InvitationController {

	private final Nominations nominations;

	private final Texts texts;

	private final EnrolmentSignIn signIn;

	private final PasswordChoice choice;

	InvitationController(Nominations nominations, Texts texts, EnrolmentSignIn signIn) {
		this.texts = texts;
		this.nominations = nominations;
		this.signIn = signIn;
		this.choice = new PasswordChoice(texts, "invited");
	}

	@GetMapping("/invitation/code")
	String codeForm(Model model) {
		model.addAttribute("byCode", true);
		return "invitation";
	}

	@PostMapping("/invitation/code")
	String byCode(@RequestParam(required = false) String username, @RequestParam(required = false) String code,
			@RequestParam(required = false) String password, @RequestParam(required = false) String confirm,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("byCode", true);
		model.addAttribute("username", username);
		Optional<ParticipantProfile> invited = (username == null || code == null) ? Optional.empty()
				: this.nominations.invitee(code, username);
		if (invited.isEmpty()) {
			response.setStatus(400);
			model.addAttribute("alert", this.texts.get("invitation.code.wrong"));
			return "invitation";
		}
		model.addAttribute("code", code);
		model.addAttribute("invited", invited.get());
		if (password == null) {
			return "invitation";
		}
		return setPassword(code, username, password, confirm, model, request, response);
	}

	@GetMapping("/invitation/{token}")
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		this.choice.open(this.nominations.invitee(token, null), token, model, response);
		return "invitation";
	}

	@PostMapping("/invitation/{token}")
	String accept(@PathVariable String token, @RequestParam(required = false) String password,
			@RequestParam(required = false) String confirm, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		if (!this.choice.open(this.nominations.invitee(token, null), token, model, response)) {
			return "invitation";
		}
		return setPassword(token, null, password, confirm, model, request, response);
	}

	private String setPassword(String secret, String username, String password, String confirm, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return this.choice
			.set(password, confirm, (chosen) -> this.nominations.acceptInvitation(secret, username, chosen), model,
					response)
			.map((p) -> {
				this.signIn.signIn(p.person().username(), request, response);
				model.addAttribute("done", p);
				return "invitation-done";
			})
			.orElse("invitation");
	}

}
