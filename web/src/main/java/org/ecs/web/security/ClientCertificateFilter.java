package org.ecs.web.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.ecs.core.security.ClientCertificateRule.Refusal;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request of a signed-in participant is checked against the certificate of its
 * connection, not only the sign-in: a session cookie carried over another connection
 * without the certificate, or a certificate revoked or expired since, ends the session at
 * once. The one exception: a session the invitation flow granted a certificate enrolment
 * ({@link CertificateEnrolment}) may reach {@code /settings/certificate} (and the open
 * pages and files) without one; anything else redirects it there.
 */
final class ClientCertificateFilter extends OncePerRequestFilter {

	private final ClientCertificates certificates;

	private final AuthenticationEntryPoint refused;

	ClientCertificateFilter(ClientCertificates certificates, AuthenticationEntryPoint refused) {
		this.certificates = certificates;
		this.refused = refused;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			chain.doFilter(request, response);
			return;
		}
		if (this.certificates.required() && !this.certificates.presented(request).any()
				&& CertificateEnrolment.granted(request, auth.getName())) {
			// the newcomer getting a first certificate: that page, and what anyone may
			// fetch; anything else sends them back there, keeping the session
			if (CertificateEnrolment.allows(request, auth.getName()) || CertificateEnrolment.open(request)) {
				chain.doFilter(request, response);
			}
			else {
				response.sendRedirect(request.getContextPath() + CertificateEnrolment.PATH);
			}
			return;
		}
		Optional<Refusal> refusal = this.certificates.check(request, auth.getName());
		if (refusal.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		this.refused.commence(request, response, new CertificateBoundSignIn.ClientCertificateRefused(refusal.get()));
	}

}
