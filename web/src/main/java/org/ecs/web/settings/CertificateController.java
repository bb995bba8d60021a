package org.ecs.web.settings;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.ecs.core.participant.Participant;
import org.ecs.core.security.CertificateAuthority.CertificateRequestRejected;
import org.ecs.core.security.IssuedCertificate;
import org.ecs.core.security.IssuedKeyStore;
import org.ecs.core.security.OneTimePassphrase;
import org.ecs.core.security.ParticipantCertificates;
import org.ecs.web.security.CertificateEnrolment;
import org.ecs.web.security.ClientCertificates;
import org.ecs.web.i18n.Texts;
import org.ecs.web.security.CurrentParticipant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * A participant's client certificates: get one (a key pair made here, handed over once as
 * a PKCS#12 file under a one-time passphrase shown once, or a certificate for a CSR), see
 * them, revoke one.
 */
@Controller
@RequestMapping("/settings/certificate")
class CertificateController {

	private static final Logger log = LoggerFactory.getLogger(CertificateController.class);

	private static final String PENDING = CertificateController.class.getName() + ".pending";

	private final CurrentParticipant current;

	private final ParticipantCertificates certificates;

	private final ClientCertificates clientCertificates;

	private final Clock clock;

	private final Texts texts;

	CertificateController(CurrentParticipant current, ParticipantCertificates certificates,
			ClientCertificates clientCertificates, Clock clock, Texts texts) {
		this.current = current;
		this.certificates = certificates;
		this.clientCertificates = clientCertificates;
		this.clock = clock;
		this.texts = texts;
	}

	@GetMapping
	String page(Model model) {
		Participant me = this.current.get();
		model.addAttribute("certificates", this.certificates.of(me.id()));
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("required", this.clientCertificates.required());
		return "certificate";
	}

	@PostMapping
	String issue(HttpServletRequest request, RedirectAttributes redirect) {
		Participant me = this.current.get();
		char[] passphrase = passphrase();
		IssuedKeyStore issued = this.certificates.issueKeyStore(me, passphrase, request.getRemoteAddr());
		CertificateEnrolment.issued(request);
		String id = UUID.randomUUID().toString();
		pending(request.getSession()).put(id, new Pending(me.username(), issued.pkcs12()));
		redirect.addFlashAttribute("passphrase", new String(passphrase));
		redirect.addFlashAttribute("download", id);
		redirect.addFlashAttribute("issued", issued.certificate());
		return "redirect:/settings/certificate";
	}

	/** The PKCS#12 file, once: it leaves the session as it is sent. */
	@GetMapping("/download/{id}")
	ResponseEntity<byte[]> download(@PathVariable String id, HttpServletRequest request) {
		Participant me = this.current.get();
		HttpSession session = request.getSession(false);
		Map<String, Pending> waiting = (session != null) ? pending(session) : Map.of();
		Pending pending = waiting.get(id);
		// only its owner takes it away: anyone else leaves it where it is
		if (pending == null || !pending.username().equals(me.username()) || !waiting.remove(id, pending)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, this.texts.get("certificate.download-gone"));
		}
		CertificateEnrolment.consume(request);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("ecs-" + me.username() + ".p12").build().toString())
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.parseMediaType("application/x-pkcs12"))
			.body(pending.pkcs12());
	}

	@PostMapping("/csr")
	String request(@RequestParam(name = "csr", required = false) String csr, HttpServletRequest request,
			RedirectAttributes redirect) {
		Participant me = this.current.get();
		try {
			IssuedCertificate issued = this.certificates.issueForRequest(me, csr, request.getRemoteAddr());
			CertificateEnrolment.issued(request);
			redirect.addFlashAttribute("issued", issued);
			redirect.addFlashAttribute("issuedPem", issued.pem());
		}
		catch (CertificateRequestRejected ex) {
			// the page says it in general words where the detail is the parser's own
			log.info("Certificate request of {} refused: {}", me.username(), ex.getMessage());
			redirect.addFlashAttribute("alert",
					(ex.said() != null) ? this.texts.said(List.of(ex.said()), ex.getMessage())
							: this.texts.get("problem.certificate.rejected"));
		}
		return "redirect:/settings/certificate";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, @RequestParam(name = "reason", required = false) String reason,
			HttpServletRequest request, RedirectAttributes redirect) {
		Participant me = this.current.get();
		switch (this.certificates.revoke(id, me, reason, request.getRemoteAddr())) {
			case REVOKED -> redirect.addFlashAttribute("notice", this.texts.get("certificate.revoked"));
			case ALREADY_REVOKED -> redirect.addFlashAttribute("notice", this.texts.get("certificate.already-revoked"));
			case NOT_FOUND -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/settings/certificate";
	}

	/**
	 * The ECS CA's certificate, for a browser or client that should trust ECS's server.
	 */
	@GetMapping("/ca.pem")
	ResponseEntity<String> ca() {
		this.current.get();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("ecs-ca.pem").build().toString())
			.contentType(MediaType.parseMediaType("application/x-pem-file"))
			.body(this.certificates.caCertificatePem());
	}

	static char[] passphrase() {
		return OneTimePassphrase.next();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Pending> pending(HttpSession session) {
		synchronized (session) {
			Object map = session.getAttribute(PENDING);
			if (map == null) {
				map = new ConcurrentHashMap<String, Pending>();
				session.setAttribute(PENDING, map);
			}
			return (Map<String, Pending>) map;
		}
	}

	/** A PKCS#12 file waiting for its one download. */
	record Pending(String username, byte[] pkcs12) implements java.io.Serializable {

	}

}
