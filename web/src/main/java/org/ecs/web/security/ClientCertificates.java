package org.ecs.web.security;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.ecs.core.security.CertificateFingerprint;
import org.ecs.core.security.CertificateRecord;
import org.ecs.core.security.ClientCertificateRule;
import org.ecs.core.security.ClientCertificateRule.Refusal;
import org.ecs.core.security.ParticipantCertificates;
import org.ecs.core.security.SecurityEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The client certificate of a request, as the HTTPS connector verified it against the ECS
 * CA (the servlet attribute Spring Security's x509 support reads too), mapped to a
 * participant by its SHA-256 fingerprint in {@code participant_certificate}, and judged
 * by {@link ClientCertificateRule}. Looked up once per request.
 */
@Component
public class ClientCertificates {

	private static final Logger log = LoggerFactory.getLogger(ClientCertificates.class);

	static final String SERVLET_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

	private static final String LOOKED_UP = ClientCertificates.class.getName() + ".presented";

	private final ParticipantCertificates certificates;

	private final ClientCertificateSettings settings;

	private final SecurityEvents audit;

	private final Clock clock;

	ClientCertificates(ParticipantCertificates certificates, ClientCertificateSettings settings, SecurityEvents audit,
			Clock clock) {
		this.certificates = certificates;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether a certificate is mandatory for signing in. */
	public boolean required() {
		return this.settings.requireClientCertificate();
	}

	/** What this request's connection presented. */
	Presented presented(HttpServletRequest request) {
		if (request.getAttribute(LOOKED_UP) instanceof Presented p) {
			return p;
		}
		Presented p = lookUp(request);
		request.setAttribute(LOOKED_UP, p);
		return p;
	}

	private Presented lookUp(HttpServletRequest request) {
		if (!(request.getAttribute(SERVLET_ATTRIBUTE) instanceof X509Certificate[] chain) || chain.length == 0) {
			return Presented.NONE;
		}
		try {
			String fingerprint = CertificateFingerprint.of(chain[0].getEncoded());
			return new Presented(true, fingerprint, this.certificates.byFingerprint(fingerprint));
		}
		catch (CertificateEncodingException ex) {
			return new Presented(true, "", Optional.empty());
		}
	}

	/**
	 * Why this request may not go on as this account, or empty; a refusal is written to
	 * the audit trail.
	 */
	Optional<Refusal> check(HttpServletRequest request, String username) {
		Presented presented = presented(request);
		Optional<Refusal> refusal = ClientCertificateRule.check(presented.any(), presented.known(), username,
				required(), this.clock.instant());
		refusal.ifPresent((r) -> refused(r, username, request.getRemoteAddr(), presented));
		return refusal;
	}

	/** The same check for an authentication request whose details carried the lookup. */
	Optional<Refusal> check(Presented presented, String username, String address) {
		Optional<Refusal> refusal = ClientCertificateRule.check(presented.any(), presented.known(), username,
				required(), this.clock.instant());
		refusal.ifPresent((r) -> refused(r, username, address, presented));
		return refusal;
	}

	private void refused(Refusal refusal, String username, String address, Presented presented) {
		String detail = refusal.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
				+ presented.known().map((c) -> ", serial " + c.serial() + " of " + c.username()).orElse("")
				+ (presented.any() && presented.known().isEmpty() ? ", fingerprint " + presented.fingerprint() : "");
		try {
			this.audit.record(SecurityEvents.Kind.CERTIFICATE_REFUSED, username, address, detail, this.clock.instant());
		}
		catch (RuntimeException ex) {
			log.warn("Could not record a refused certificate of {} from {}: {}", username, address, ex.toString());
		}
	}

	/**
	 * A connection's client certificate.
	 *
	 * @param any whether one was presented
	 * @param fingerprint its fingerprint, or empty
	 * @param known the certificate ECS issued with that fingerprint
	 */
	record Presented(boolean any, String fingerprint, Optional<CertificateRecord> known) {

		static final Presented NONE = new Presented(false, "", Optional.empty());

	}

}
