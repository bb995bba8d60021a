package org.ecs.web.invitation;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.ecs.core.participant.ParticipantProfile;
import org.ecs.core.participant.ParticipantRefusedException;
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

	private final Texts texts;

	PasswordResetController(PasswordResets resets, ResetRequests requests, Texts texts) {
		this.resets = resets;
		this.requests = requests;
		this.texts = texts;
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
		Optional<ParticipantProfile> holder = this.resets.holder(token);
		if (holder.isEmpty()) {
			return gone(model, response);
		}
		model.addAttribute("holder", holder.get());
		model.addAttribute("token", token);
		return "password-reset";
	}

	@PostMapping("/password-reset/{token}")
	String reset(@PathVariable String token, @RequestParam(required = false) String password,
			@RequestParam(required = false) String confirm, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<ParticipantProfile> holder = this.resets.holder(token);
		if (holder.isEmpty()) {
			return gone(model, response);
		}
		model.addAttribute("holder", holder.get());
		model.addAttribute("token", token);
		if (password == null || !password.equals(confirm)) {
			response.setStatus(400);
			model.addAttribute("alert", this.texts.get("invitation.differ"));
			return "password-reset";
		}
		try {
			this.resets.reset(token, password);
		}
		catch (ParticipantRefusedException ex) {
			if (ex.kind() == ParticipantRefusedException.Kind.CONFLICT) {
				return gone(model, response);
			}
			response.setStatus(400);
			model.addAttribute("alert", ex.getMessage());
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

	private static String gone(Model model, HttpServletResponse response) {
		response.setStatus(410);
		model.addAttribute("gone", true);
		model.addAttribute("holder", null);
		return "password-reset";
	}

}
