package org.ecs.web.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The details of a sign-in (form or HTTP Basic): the client's address, as before, and the
 * client certificate of its connection, so the password is checked against the same
 * participant the certificate names.
 */
final class CertificateDetails extends WebAuthenticationDetails {

	private final transient ClientCertificates.Presented presented;

	private CertificateDetails(HttpServletRequest request, ClientCertificates.Presented presented) {
		super(request);
		this.presented = presented;
	}

	ClientCertificates.Presented presented() {
		return (this.presented != null) ? this.presented : ClientCertificates.Presented.NONE;
	}

	static AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> source(
			ClientCertificates certificates) {
		return (request) -> new CertificateDetails(request, certificates.presented(request));
	}

}
