package org.ecs.web.invitation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.ecs.core.participant.PasswordResets;
import org.ecs.web.i18n.Texts;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot your password?": anyone asks with a username or an email address and always
 * gets the same answer (no hint whether the account exists); the emailed link's page sets
 * a new password. That ends every session of the person and signs no one in: the person
 * signs in afterwards with their certificate and the new password. A used, expired or
 * voided link gets a page that says so (410).
 */
@Controller
class PasswordResetController {

	private final PasswordResets resets;

	private final ResetRequests requests;

	private final PasswordChoice choice;

	PasswordResetController(PasswordResets resets, ResetRequests requests, Texts texts) {
		this.resets = resets;
		this.requests = requests;
		this.choice = new PasswordChoice(texts, "holder");
	}

	@GetMapping("/password-reset")
	String form() {
		return "password-reset";
	}

	@PostMapping("/password-reset")
	String request(@RequestParam(required = false) String who, HttpServletRequest request, Model model) {
		// looked up in the background: the answer and its timing are the same either way
		this.requests.submit(who, request.getRemoteAddr());
		model.addAttribute("sent", true);
		return "password-reset";
	}

	@GetMapping("/password-reset/{token}")
	String link(@PathVariable String token, Model model, HttpServletResponse response) {
		this.choice.open(this.resets.holder(token), token, model, response);
		return "password-reset";
	}

	@PostMapping("/password-reset/{token}")
	String reset(@PathVariable String token, @RequestParam(required = false) String password,
			@RequestParam(required = false) String confirm, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		if (!this.choice.open(this.resets.holder(token), token, model, response)
				|| this.choice.set(password, confirm, (chosen) -> this.resets.reset(token, chosen), model, response)
					.isEmpty()) {
			return "password-reset";
		}
		// this browser's session ends too: signing in starts afresh, certificate and all
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		model.addAttribute("holder", null);
		model.addAttribute("done", true);
		return "password-reset";
	}

}
