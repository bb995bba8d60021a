package org.ecs.core.security;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether the client certificate presented on a connection lets this account in, checked
 * at sign-in and again at every request (so a revocation counts at once). A certificate
 * is known only by its fingerprint in {@code participant_certificate}, never by the name
 * it carries. A bad certificate is refused even where none is required: whoever presents
 * one claims to be its owner.
 */
public final class ClientCertificateRule {

	private ClientCertificateRule() {
	}

	/**
	 * @param presented whether the connection carried a client certificate the TLS layer
	 * accepted
	 * @param known the row for its fingerprint, when there is one
	 * @param username the account signing in (or signed in)
	 * @param required whether a certificate is mandatory
	 * @param now the time of the request
	 * @return why the request is refused, or empty when it may go on
	 */
	public static Optional<Refusal> check(boolean presented, Optional<CertificateRecord> known, String username,
			boolean required, Instant now) {
		if (!presented) {
			return required ? Optional.of(Refusal.MISSING) : Optional.empty();
		}
		if (known.isEmpty()) {
			return Optional.of(Refusal.UNKNOWN);
		}
		CertificateRecord cert = known.get();
		if (username == null || !cert.username().equals(username)) {
			return Optional.of(Refusal.OTHER_ACCOUNT);
		}
		return switch (cert.status(now)) {
			case REVOKED -> Optional.of(Refusal.REVOKED);
			case EXPIRED -> Optional.of(Refusal.EXPIRED);
			case NOT_YET_VALID -> Optional.of(Refusal.NOT_YET_VALID);
			case VALID -> Optional.empty();
		};
	}

	/**
	 * Why a certificate (or its absence) is refused; the message tells the person what to
	 * do.
	 */
	public enum Refusal {

		MISSING("Signing in to ECS needs your ECS client certificate as well as your password, and this "
				+ "connection presented none. Install the certificate ECS issued you (the PKCS#12 file from "
				+ "Settings > Certificate, or from your invitation) in your browser or API client, and connect "
				+ "over HTTPS; if you have none, ask the Secretariat for a certificate enrolment."),

		UNKNOWN("The client certificate presented is not one ECS issued to a participant. Use the certificate "
				+ "from Settings > Certificate, or ask the Secretariat for a new one."),

		OTHER_ACCOUNT("The client certificate presented belongs to another account. Sign in with your own "
				+ "certificate and your own password."),

		REVOKED("The client certificate presented has been revoked. Get a new one from Settings > Certificate "
				+ "or from the Secretariat."),

		EXPIRED("The client certificate presented has expired. Get a new one from Settings > Certificate or "
				+ "from the Secretariat."),

		NOT_YET_VALID("The client certificate presented is not valid yet; check this computer's clock.");

		private final String message;

		Refusal(String message) {
			this.message = message;
		}

		public String message() {
			return this.message;
		}

	}

}
