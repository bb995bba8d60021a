package org.ecs.core.security;

import java.time.Instant;

/**
 * One client certificate ECS issued, as the {@code participant_certificate} table keeps
 * it.
 *
 * @param id row id
 * @param participantId whose it is
 * @param username that participant's username
 * @param participantActive whether that account is active now
 * @param serial serial number, hex
 * @param fingerprint SHA-256 of the DER encoding, lowercase hex
 * @param subject distinguished name
 * @param notBefore start of validity
 * @param notAfter end of validity
 * @param issuedAt when ECS issued it
 * @param issuedHow {@code KEY_PAIR} (made here, PKCS#12) or {@code CSR}
 * @param revokedAt when it was revoked, or null
 * @param reason why it was revoked, or null
 */
public record CertificateRecord(long id, long participantId, String username, boolean participantActive, String serial,
		String fingerprint, String subject, Instant notBefore, Instant notAfter, Instant issuedAt, String issuedHow,
		Instant revokedAt, String reason) {

	public boolean revoked() {
		return this.revokedAt != null;
	}

	/** What a person sees in the list. */
	public Status status(Instant now) {
		if (revoked()) {
			return Status.REVOKED;
		}
		if (now.isBefore(this.notBefore)) {
			return Status.NOT_YET_VALID;
		}
		return now.isBefore(this.notAfter) ? Status.VALID : Status.EXPIRED;
	}

	/** The state of a certificate at an instant. */
	public enum Status {

		VALID, NOT_YET_VALID, EXPIRED, REVOKED

	}

}
