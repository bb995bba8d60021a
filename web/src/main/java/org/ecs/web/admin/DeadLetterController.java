package org.ecs.web.admin;

import org.ecs.core.deadletter.DeadLetters;

import org.ecs.web.i18n.Texts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the pipeline gave up on, for an administrator to inspect and send back. */
@Controller
@RequestMapping("/admin/dead-letters")
class DeadLetterController {

	static final int SHOWN = 200;

	/** Long enough to recognise a message, short enough to keep the table readable. */
	static final int PREVIEW = 500;

	private final DeadLetters deadLetters;

	private final Texts texts;

	DeadLetterController(DeadLetters deadLetters, Texts texts) {
		this.deadLetters = deadLetters;
		this.texts = texts;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("deadLetters", this.deadLetters.list(SHOWN));
		model.addAttribute("preview", PREVIEW);
		return "dead-letters";
	}

	@PostMapping("/replay")
	String replay(@RequestParam String queue, @RequestParam String messageId, RedirectAttributes redirect) {
		if (this.deadLetters.replay(queue, messageId)) {
			redirect.addFlashAttribute("notice", this.texts.get("dead-letters.replayed", messageId));
		}
		else {
			redirect.addFlashAttribute("alert", this.texts.get("dead-letters.gone", messageId, queue));
		}
		return "redirect:/admin/dead-letters";
	}

}
