package org.ecs.config.sandbox.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.ecs.core.notification.WebInbox;
import org.ecs.core.participant.Participant;
import org.ecs.web.i18n.Texts;
import org.ecs.web.security.CurrentParticipant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sandbox's mail client, for signed-in users of the embedded default: the mail ECS
 * sent to them (administrators see every message), and Reply, which sends their text
 * above the quoted notification to its reply address through the sandbox's SMTP server,
 * as a mail client would.
 */
@Controller
@RequestMapping("/sandbox/mail")
@ConditionalOnProperty(name = "ecs.sandbox.enabled", havingValue = "true")
@ConditionalOnClass(name = "com.icegreen.greenmail.util.GreenMail")
class MailSandboxController {

	static final int MAX_REPLY = 20_000;

	private final CurrentParticipant current;

	private final WebInbox inbox;

	private final SandboxMailbox mailbox;

	private final JavaMailSender sender;

	private final Texts texts;

	MailSandboxController(CurrentParticipant current, WebInbox inbox, GreenMail servers, JavaMailSender sender,
			Texts texts) {
		this.texts = texts;
		this.current = current;
		this.inbox = inbox;
		this.mailbox = new SandboxMailbox(servers);
		this.sender = sender;
	}

	@GetMapping
	String list(Model model) throws MessagingException, IOException {
		Participant me = page(model);
		model.addAttribute("mails", me.isAdministrator() ? this.mailbox.all() : this.mailbox.to(me.email()));
		return "sandbox/mail";
	}

	@GetMapping("/{id}")
	String read(@PathVariable String id, Model model) throws MessagingException, IOException {
		Participant me = page(model);
		SandboxMailbox.Mail mail = SandboxMailbox.mail(readable(me, id));
		model.addAttribute("mail", mail);
		return "sandbox/mail-message";
	}

	@PostMapping("/{id}/reply")
	String reply(@PathVariable String id, @RequestParam("text") String text, RedirectAttributes redirect)
			throws MessagingException, IOException {
		Participant me = this.current.get();
		MimeMessage original = readable(me, id);
		if (me.email() == null) {
			redirect.addFlashAttribute("alert", this.texts.get("sandbox.mail.no-address"));
			return "redirect:/sandbox/mail/" + id;
		}
		if (text == null || text.isBlank() || text.length() > MAX_REPLY) {
			redirect.addFlashAttribute("alert", this.texts.get("sandbox.mail.write", MAX_REPLY));
			return "redirect:/sandbox/mail/" + id;
		}
		MimeMessage reply = (MimeMessage) original.reply(false);
		reply.setFrom(new InternetAddress(me.email(), me.displayName(), StandardCharsets.UTF_8.name()));
		reply.setText(text.strip() + "\n\n" + quote(original), StandardCharsets.UTF_8.name());
		this.sender.send(reply);
		redirect.addFlashAttribute("notice",
				this.texts.get("sandbox.mail.replied", SandboxMailbox.addresses(reply.getAllRecipients())));
		return "redirect:/sandbox/mail";
	}

	/** What a mail client puts under a reply: a header line and the quoted original. */
	static String quote(MimeMessage original) throws MessagingException, IOException {
		StringBuilder sb = new StringBuilder("On ").append(original.getSentDate())
			.append(", ")
			.append(SandboxMailbox.addresses(original.getFrom()))
			.append(" wrote:\n");
		for (String line : SandboxMailbox.text(original).split("\r?\n", -1)) {
			sb.append("> ").append(line).append('\n');
		}
		return sb.toString();
	}

	private MimeMessage readable(Participant me, String id) throws MessagingException {
		MimeMessage m = this.mailbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!me.isAdministrator() && !SandboxMailbox.isTo(m, me.email())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return m;
	}

	private Participant page(Model model) {
		Participant me = this.current.get();
		model.addAttribute("me", me);
		model.addAttribute("unreadCount", this.inbox.unread(me.id()));
		model.addAttribute("section", "sandbox");
		return me;
	}

}
