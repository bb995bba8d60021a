package org.ecs.web.security;

import java.util.Arrays;

import org.ecs.core.security.ClientCertificateRule.Refusal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Our own login page; Spring Security handles the POST. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(name = "locked", required = false) String locked,
			@RequestParam(name = "certificate", required = false) String certificate, Model model) {
		if (certificate != null) {
			// only one of our own messages is shown, never the address bar's text
			Arrays.stream(Refusal.values())
				.filter((r) -> r.name().equals(certificate))
				.findFirst()
				.ifPresent((r) -> model.addAttribute("certificateProblem", "certificate.refusal." + r.name()));
		}
		if (locked != null) {
			// only a number of minutes is shown back: the address bar is not ours to fill
			model.addAttribute("lockedMinutes", locked.matches("[0-9]{1,4}") ? Integer.parseInt(locked) : 15);
		}
		return "login";
	}

}
