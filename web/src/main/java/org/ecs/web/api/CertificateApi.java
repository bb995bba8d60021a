package org.ecs.web.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.security.CertificateAuthority.CertificateRequestRejected;
import org.ecs.core.security.CertificateRecord;
import org.ecs.core.security.IssuedCertificate;
import org.ecs.core.security.ParticipantCertificates;
import org.ecs.web.security.CurrentParticipant;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Client certificates over the API: one's own list, a certificate for a CSR, revocation
 * (one's own; an administrator anyone's, and anyone's list), the CA certificate.
 */
@RestController
@RequestMapping("/api/v1/certificates")
class CertificateApi {

	private final CurrentParticipant current;

	private final ParticipantCertificates certificates;

	private final ParticipantDirectory directory;

	private final Clock clock;

	CertificateApi(CurrentParticipant current, ParticipantCertificates certificates, ParticipantDirectory directory,
			Clock clock) {
		this.current = current;
		this.certificates = certificates;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping
	List<CertificateView> list(@RequestParam(required = false) String username) {
		Participant me = this.current.get();
		Participant whose = me;
		if (username != null && !username.equals(me.username())) {
			if (!me.isAdministrator()) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN,
						"Only administrators see others' certificates.");
			}
			whose = this.directory.findByUsername(username)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such participant."));
		}
		Instant now = this.clock.instant();
		return this.certificates.of(whose.id()).stream().map((c) -> CertificateView.of(c, now)).toList();
	}

	@PostMapping
	ResponseEntity<Issued> issue(@RequestBody(required = false) CsrBody body, HttpServletRequest request) {
		Participant me = this.current.get();
		try {
			IssuedCertificate issued = this.certificates.issueForRequest(me, (body != null) ? body.csr() : null,
					request.getRemoteAddr());
			long id = this.certificates.byFingerprint(issued.fingerprint()).orElseThrow().id();
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(new Issued(id, issued.serial(), issued.fingerprint(), issued.subject(), issued.notBefore(),
						issued.notAfter(), issued.pem(), this.certificates.caCertificatePem()));
		}
		catch (CertificateRequestRejected ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "csr: " + ex.getMessage());
		}
	}

	@PostMapping("/{id}/revoke")
	Revoked revoke(@PathVariable long id, @RequestBody(required = false) ReasonBody body, HttpServletRequest request) {
		Participant me = this.current.get();
		var outcome = this.certificates.revoke(id, me, (body != null) ? body.reason() : null, request.getRemoteAddr());
		if (outcome == ParticipantCertificates.Revocation.NOT_FOUND) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No certificate " + id + " of yours.");
		}
		return new Revoked(id, outcome.name());
	}

	@GetMapping(path = "/ca", produces = "application/x-pem-file")
	String ca() {
		this.current.get();
		return this.certificates.caCertificatePem();
	}

	/** A PKCS#10 request in PEM. */
	record CsrBody(String csr) {
	}

	/** Why a certificate is revoked (optional). */
	record ReasonBody(String reason) {
	}

	record Issued(long id, String serial, String fingerprint, String subject, Instant notBefore, Instant notAfter,
			String certificate, String caCertificate) {
	}

	record Revoked(long id, String outcome) {
	}

	record CertificateView(long id, String username, String serial, String fingerprint, String subject,
			Instant notBefore, Instant notAfter, Instant issuedAt, String issuedHow, String status, Instant revokedAt,
			String reason) {

		static CertificateView of(CertificateRecord c, Instant now) {
			return new CertificateView(c.id(), c.username(), c.serial(), c.fingerprint(), c.subject(), c.notBefore(),
					c.notAfter(), c.issuedAt(), c.issuedHow(), c.status(now).name(), c.revokedAt(), c.reason());
		}

	}

}
