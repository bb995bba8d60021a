package org.ecs.web.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Our own login page; Spring Security handles the POST. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(name = "locked", required = false) String locked, Model model) {
		if (locked != null) {
			// only a number of minutes is shown back: the address bar is not ours to fill
			model.addAttribute("lockedMinutes", locked.matches("[0-9]{1,4}") ? Integer.parseInt(locked) : 15);
		}
		return "login";
	}

}
