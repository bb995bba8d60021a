package org.ecs.web.pki;

import java.time.Clock;

import org.ecs.core.security.CertificatesRevoked;
import org.ecs.core.security.ParticipantCertificates;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ECS certificate authority for other relying parties, at fixed public paths, without
 * signing in: {@code /pki/ca.crt} (its certificate, {@code application/pkix-cert}) and
 * {@code /pki/ca.crl} (its revocation list, {@code application/pkix-crl}), both DER as
 * RFC 2585 has them.
 */
@RestController
class PkiController {

	static final MediaType CERTIFICATE = MediaType.parseMediaType("application/pkix-cert");

	static final MediaType REVOCATION_LIST = MediaType.parseMediaType("application/pkix-crl");

	private final PublicCertificates published;

	PkiController(ParticipantCertificates certificates, Clock clock) {
		this.published = new PublicCertificates(certificates::caCertificatePem, certificates::revocationList, clock);
	}

	@GetMapping("/pki/ca.crt")
	ResponseEntity<byte[]> certificate() {
		return ResponseEntity.ok()
			.contentType(CERTIFICATE)
			.cacheControl(CacheControl.maxAge(PublicCertificates.VALID).cachePublic())
			.body(this.published.caCertificate());
	}

	@GetMapping("/pki/ca.crl")
	ResponseEntity<byte[]> revocationList() {
		return ResponseEntity.ok()
			.contentType(REVOCATION_LIST)
			.cacheControl(CacheControl.maxAge(PublicCertificates.FRESH).cachePublic())
			.body(this.published.revocationList());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void revoked(CertificatesRevoked event) {
		this.published.revoked();
	}

}
