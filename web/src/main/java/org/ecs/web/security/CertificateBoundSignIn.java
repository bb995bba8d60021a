package org.ecs.web.security;

import java.util.Optional;

import org.ecs.core.security.ClientCertificateRule.Refusal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in needs the certificate <em>and</em> the password of the same participant. The
 * certificate is judged first: a request without the right one is refused before its
 * password is hashed or counted, so it learns nothing about the password.
 */
final class CertificateBoundSignIn implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final ClientCertificates certificates;

	CertificateBoundSignIn(AuthenticationProvider passwords, ClientCertificates certificates) {
		this.passwords = passwords;
		this.certificates = certificates;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		ClientCertificates.Presented presented = ClientCertificates.Presented.NONE;
		String address = "unknown";
		if (authentication.getDetails() instanceof CertificateDetails details) {
			presented = details.presented();
			address = details.getRemoteAddress();
		}
		Optional<Refusal> refusal = this.certificates.check(presented, authentication.getName(), address);
		if (refusal.isPresent()) {
			throw new ClientCertificateRefused(refusal.get());
		}
		return this.passwords.authenticate(authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** Refused for the client certificate: the message says how to get a good one. */
	static final class ClientCertificateRefused extends AuthenticationException {

		private final transient Refusal refusal;

		ClientCertificateRefused(Refusal refusal) {
			super(refusal.message());
			this.refusal = refusal;
		}

		Refusal refusal() {
			return this.refusal;
		}

	}

	static Optional<Refusal> refusal(AuthenticationException ex) {
		return (ex instanceof ClientCertificateRefused r) ? Optional.of(r.refusal()) : Optional.empty();
	}

}
