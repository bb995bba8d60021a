package org.ecs.web.settings;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.ecs.core.mailbox.ReplyTokenEpochs;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.AccountSettings;
import org.ecs.core.participant.Nominee;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.participant.ParticipantProfile;
import org.ecs.core.participant.ParticipantRecords;
import org.ecs.core.participant.ParticipantRefusedException;
import org.ecs.web.i18n.Languages;
import org.ecs.web.i18n.Texts;
import org.ecs.web.security.CurrentParticipant;
import org.ecs.web.security.FaxOnlyPolicy;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A participant's own settings: language and notification channels, account details
 * (title, phone, working languages, time zone) and password.
 */
@Controller
@RequestMapping("/settings")
class SettingsController {

	static final Map<String, String> LANGUAGES = Languages.names();

	private final CurrentParticipant current;

	private final ParticipantDirectory directory;

	private final ReplyTokenEpochs replyLinks;

	private final ParticipantRecords records;

	private final AccountSettings account;

	private final Texts texts;

	private final FaxOnlyPolicy faxOnly;

	SettingsController(CurrentParticipant current, ParticipantDirectory directory, ReplyTokenEpochs replyLinks,
			ParticipantRecords records, AccountSettings account, Texts texts, FaxOnlyPolicy faxOnly) {
		this.faxOnly = faxOnly;
		this.texts = texts;
		this.current = current;
		this.directory = directory;
		this.replyLinks = replyLinks;
		this.records = records;
		this.account = account;
	}

	/** Title, phone, working languages, time zone: the person's own to change. */
	@PostMapping("/account")
	String account(@RequestParam(required = false) String title, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String languages, @RequestParam(required = false) String timeZone,
			RedirectAttributes redirect) {
		try {
			this.account.updateDetails(this.current.get(), title, phone, Nominee.split(languages), timeZone);
			redirect.addFlashAttribute("notice", this.texts.get("settings.account-saved"));
		}
		catch (ParticipantRefusedException ex) {
			redirect.addFlashAttribute("alert", this.texts.said(ex.said(), ex.getMessage()));
		}
		return "redirect:/settings";
	}

	/** A new password, given the current one. */
	@PostMapping("/password")
	String password(@RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String password, @RequestParam(required = false) String confirm,
			RedirectAttributes redirect) {
		if (password == null || !password.equals(confirm)) {
			redirect.addFlashAttribute("alert", this.texts.get("invitation.differ"));
			return "redirect:/settings";
		}
		try {
			this.account.changePassword(this.current.get(), currentPassword, password);
			redirect.addFlashAttribute("notice", this.texts.get("settings.password-changed"));
		}
		catch (ParticipantRefusedException ex) {
			// the rules' problems come in the request's language already, the rest keyed
			redirect.addFlashAttribute("alert", this.texts.said(ex.said(), ex.getMessage()));
		}
		return "redirect:/settings";
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

	@ModelAttribute("profile")
	ParticipantProfile profile() {
		return this.records.find(this.current.get().id()).orElse(null);
	}

	@PostMapping
	String save(@RequestParam(name = "language", required = false) String language,
			@RequestParam(name = "channels", required = false) List<Channel> channels, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Participant me = this.current.get();
		Set<Channel> chosen = channels == null ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
		if (!chosen.equals(me.channels())) {
			// taking part by fax only is what the web refuses its actions to: a choice of
			// channels must not undo it (where the secretariat allows web actions, it
			// may)
			this.faxOnly.requireWeb(me);
		}
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
