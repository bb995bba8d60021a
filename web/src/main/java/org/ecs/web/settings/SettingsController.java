package org.ecs.web.settings;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.ecs.core.mailbox.ReplyTokenEpochs;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.web.i18n.Languages;
import org.ecs.web.i18n.Texts;
import org.ecs.web.security.CurrentParticipant;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A participant's own language and notification channels. */
@Controller
@RequestMapping("/settings")
class SettingsController {

	static final Map<String, String> LANGUAGES = Languages.names();

	private final CurrentParticipant current;

	private final ParticipantDirectory directory;

	private final ReplyTokenEpochs replyLinks;

	private final Texts texts;

	SettingsController(CurrentParticipant current, ParticipantDirectory directory, ReplyTokenEpochs replyLinks,
			Texts texts) {
		this.texts = texts;
		this.current = current;
		this.directory = directory;
		this.replyLinks = replyLinks;
	}

	/**
	 * A notification email forwarded or leaked lets its reader reply in your name until
	 * its link expires; this voids every link sent to you so far.
	 */
	@PostMapping("/reply-links/revoke")
	String revokeReplyLinks(RedirectAttributes redirect) {
		Participant me = this.current.get();
		this.replyLinks.revoke(me.id());
		redirect.addFlashAttribute("notice", this.texts.get("settings.reply-links.voided"));
		return "redirect:/settings";
	}

	@GetMapping
	String form(Model model) {
		Participant me = this.current.get();
		return show(model, me.language(), me.channels());
	}

	@PostMapping
	String save(@RequestParam(name = "language", required = false) String language,
			@RequestParam(name = "channels", required = false) List<Channel> channels, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Participant me = this.current.get();
		Set<Channel> chosen = channels == null ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
		String error = null;
		if (language == null || !LANGUAGES.containsKey(language)) {
			error = this.texts.get("settings.error.language");
		}
		else if (chosen.contains(Channel.EMAIL) && me.email() == null) {
			error = this.texts.get("settings.error.no-email");
		}
		else if (chosen.contains(Channel.FAX) && me.faxNumber() == null) {
			error = this.texts.get("settings.error.no-fax");
		}
		if (error != null) {
			model.addAttribute("alert", error);
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return show(model, language, chosen);
		}
		this.directory.updateSettings(me.id(), language, chosen);
		redirect.addFlashAttribute("notice", this.texts.get("settings.saved"));
		return "redirect:/settings";
	}

	private String show(Model model, String language, Set<Channel> channels) {
		model.addAttribute("languages", LANGUAGES);
		model.addAttribute("language", language);
		model.addAttribute("channels", channels);
		model.addAttribute("allChannels", Channel.values());
		return "settings";
	}

}
