package org.ecs.web.message;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.ecs.core.notice.NetworkMessages;
import org.ecs.core.notice.Notice;
import org.ecs.core.notification.DeliverySummary;
import org.ecs.core.notification.Notification;
import org.ecs.core.notification.Notifications;
import org.ecs.core.notice.NoticeRefusedException;
import org.ecs.core.participant.Participant;
import org.ecs.web.i18n.Texts;
import org.ecs.web.security.CurrentParticipant;
import org.ecs.web.security.FaxOnlyPolicy;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notification network: write to people or groups (reaching each on the channels they
 * chose), and see what you sent and how many it reached.
 */
@Controller
@RequestMapping("/messages")
class MessageController {

	private final CurrentParticipant current;

	private final NetworkMessages messages;

	private final Recipients recipients;

	private final Notifications notifications;

	private final Texts texts;

	private final FaxOnlyPolicy faxOnly;

	private final org.ecs.core.notice.Notices notices;

	private final org.springframework.context.MessageSource messageSource;

	MessageController(CurrentParticipant current, NetworkMessages messages, Recipients recipients,
			Notifications notifications, Texts texts, FaxOnlyPolicy faxOnly, org.ecs.core.notice.Notices notices,
			org.springframework.context.MessageSource messageSource) {
		this.notices = notices;
		this.messageSource = messageSource;
		this.faxOnly = faxOnly;
		this.texts = texts;
		this.current = current;
		this.messages = messages;
		this.recipients = recipients;
		this.notifications = notifications;
	}

	@GetMapping
	String sent(Model model) {
		Participant me = this.current.get();
		List<Notice> sent = this.messages.sentBy(me);
		model.addAttribute("sent", sent);
		model.addAttribute("mayWrite", me.mayPost() && this.faxOnly.actsOnWeb(me));
		model.addAttribute("labels", this.recipients.labels(me));
		// how each message fared per channel: "email: 2 waiting to retry", not only how
		// many people it names
		java.util.Map<java.util.UUID, DeliverySummary> deliveries = new java.util.HashMap<>();
		this.notifications.summaries(sent.stream().map((n) -> Notification.noticeKey(n.id())).toList())
			.forEach((key, summary) -> sent.stream()
				.filter((n) -> Notification.noticeKey(n.id()).equals(key))
				.findFirst()
				.ifPresent((n) -> deliveries.put(n.id(), summary)));
		model.addAttribute("deliveries", deliveries);
		// what ECS wrote in one's name (a document announced) in the page's language
		java.util.Map<java.util.UUID, String> subjects = new java.util.HashMap<>();
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		this.notices.wordings(sent.stream().map(Notice::id).toList())
			.forEach((id, wording) -> subjects.put(id, wording.in(this.messageSource, locale).subject()));
		model.addAttribute("subjects", subjects);
		return "messages";
	}

	@GetMapping("/new")
	String form(@RequestParam(name = "to", required = false) List<String> to, Model model) {
		Participant me = writer();
		return show(model, me, "", "", (to != null) ? to : List.of());
	}

	@PostMapping
	String send(@RequestParam(name = "subject", defaultValue = "") String subject,
			@RequestParam(name = "body", defaultValue = "") String body,
			@RequestParam(name = "to", required = false) List<String> to, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Participant me = writer();
		try {
			this.messages.send(me, subject, body, Recipients.parse(to));
		}
		catch (NoticeRefusedException ex) {
			model.addAttribute("alert", this.texts.said(ex.said(), ex.getMessage()));
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return show(model, me, subject, body, (to != null) ? to : List.of());
		}
		redirect.addFlashAttribute("notice", this.texts.get("messages.sent-notice"));
		return "redirect:/messages";
	}

	/** Monitoring participants read but post nothing: no form for them. */
	private Participant writer() {
		Participant me = this.current.get();
		if (!me.mayPost()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Monitoring participants read but do not send messages.");
		}
		if (!this.faxOnly.actsOnWeb(me)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Fax-only participants write by fax.");
		}
		return me;
	}

	private String show(Model model, Participant me, String subject, String body, List<String> chosen) {
		model.addAttribute("groups", this.recipients.forMessage(me));
		model.addAttribute("subject", subject);
		model.addAttribute("body", body);
		model.addAttribute("chosen", chosen);
		return "message-form";
	}

}
