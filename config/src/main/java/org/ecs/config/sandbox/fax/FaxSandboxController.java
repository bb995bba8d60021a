package org.ecs.config.sandbox.fax;

import java.io.IOException;
import java.time.Clock;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.tika.Tika;
import org.apache.tika.config.TikaConfig;
import org.ecs.core.notification.WebInbox;
import org.ecs.core.participant.Participant;
import org.ecs.gateways.fax.FaxNumbers;
import org.ecs.core.platform.PlatformFeatures;
import org.ecs.routes.fax.FaxSettings;
import org.ecs.web.i18n.Texts;
import org.ecs.web.security.CurrentParticipant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sandbox's fax machine, for signed-in users of the embedded default: the faxes ECS
 * sent (each PDF as the gateway got it), and a form to fax an image or PDF back from a
 * number, which arrives in the fax bridge's mailbox as HylaFAX would deliver it.
 */
@Controller
@RequestMapping("/sandbox/fax")
@ConditionalOnExpression(FaxSandbox.ACTIVE)
@ConditionalOnClass(name = "com.icegreen.greenmail.util.GreenMail")
class FaxSandboxController {

	/** What a fax machine can send: pages, not documents that need an office suite. */
	static final Set<String> FAXABLE = Set.of("application/pdf", "image/png", "image/jpeg", "image/tiff");

	private final Tika tika;

	private final CurrentParticipant current;

	private final WebInbox inbox;

	private final SentFaxes sent;

	private final FaxSandbox.SandboxFaxBridge bridge;

	private final FaxNumbers numbers;

	private final JavaMailSender sender;

	private final FaxSettings settings;

	private final Clock clock;

	private final PlatformFeatures platform;

	private final Texts texts;

	FaxSandboxController(CurrentParticipant current, WebInbox inbox, GreenMail servers,
			FaxSandbox.SandboxFaxBridge bridge, FaxNumbers numbers, JavaMailSender sender, FaxSettings settings,
			Clock clock, PlatformFeatures platform, Texts texts, TikaConfig tika) {
		this.tika = new Tika(tika);
		this.texts = texts;
		this.current = current;
		this.inbox = inbox;
		this.sent = new SentFaxes(servers, settings);
		this.bridge = bridge;
		this.numbers = numbers;
		this.sender = sender;
		this.settings = settings;
		this.clock = clock;
		this.platform = platform;
	}

	@GetMapping
	String page(Model model) throws MessagingException, IOException {
		Participant me = this.current.get();
		model.addAttribute("me", me);
		model.addAttribute("unreadCount", this.inbox.unread(me.id()));
		model.addAttribute("section", "sandbox");
		model.addAttribute("faxes", this.sent.list().stream().filter((fax) -> isFor(me, fax)).toList());
		model.addAttribute("waitingFeatures", this.platform.waiting());
		model.addAttribute("bridgeMailbox", this.bridge.mailbox());
		model.addAttribute("replyNumber", this.settings.replyFaxNumber());
		model.addAttribute("maxUpload", this.settings.maxUpload().toKilobytes() / 1024 + " MB");
		model.addAttribute("defaultNumber", (me.faxNumber() != null) ? me.faxNumber() : "");
		return "sandbox/fax";
	}

	/**
	 * A fax someone else received is as unknown as a fax never sent: 404 either way.
	 */
	@GetMapping("/sent/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id) throws MessagingException, IOException {
		Participant me = this.current.get();
		SentFaxes.Pdf pdf = this.sent.find(id)
			.filter((fax) -> isFor(me, fax.fax()))
			.map(SentFaxes.Found::pdf)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(pdf.name()).build().toString())
			.body(pdf.bytes());
	}

	@PostMapping
	String faxBack(@RequestParam("file") MultipartFile file, @RequestParam("number") String number,
			RedirectAttributes redirect) throws IOException, MessagingException {
		String refusal = refusal(file, number);
		if (refusal != null) {
			redirect.addFlashAttribute("alert", refusal);
			return "redirect:/sandbox/fax";
		}
		byte[] bytes = file.getBytes();
		String type = this.tika.detect(bytes, file.getOriginalFilename());
		if (!FAXABLE.contains(type)) {
			redirect.addFlashAttribute("alert", this.texts.get("sandbox.fax.type", type));
			return "redirect:/sandbox/fax";
		}
		MimeMessage mail;
		try {
			mail = this.bridge.composer()
				.compose(
						this.sender instanceof org.springframework.mail.javamail.JavaMailSenderImpl impl
								? impl.getSession() : jakarta.mail.Session.getInstance(new java.util.Properties()),
						this.bridge.mailbox(), bytes, type, number, this.clock.instant());
		}
		catch (IOException ex) {
			redirect.addFlashAttribute("alert", this.texts.get("sandbox.fax.unreadable", ex.getMessage()));
			return "redirect:/sandbox/fax";
		}
		this.sender.send(mail);
		redirect.addFlashAttribute("notice", this.texts.get("sandbox.fax.faxed", number));
		return "redirect:/sandbox/fax";
	}

	/** Administrators see every fax; anyone else those sent to their own fax number. */
	private boolean isFor(Participant me, SentFaxes.SentFax fax) {
		return me.isAdministrator()
				|| (me.faxNumber() != null && this.numbers.sameNumber(me.faxNumber(), fax.number()));
	}

	private String refusal(MultipartFile file, String number) {
		if (file == null || file.isEmpty()) {
			return this.texts.get("sandbox.fax.choose");
		}
		if (file.getSize() > this.settings.maxUpload().toBytes()) {
			return this.texts.get("sandbox.fax.too-large", this.settings.maxUpload().toKilobytes() / 1024);
		}
		if (number == null || this.numbers.toE164(number).isEmpty()) {
			return this.texts.get("sandbox.fax.number-needed");
		}
		return null;
	}

}
