package org.ecs.core.security;

import java.time.Instant;

/**
 * A certificate the CA signed.
 *
 * @param serial serial number, hex
 * @param fingerprint SHA-256 of the DER encoding, lowercase hex
 * @param subject the subject's distinguished name
 * @param notBefore start of validity
 * @param notAfter end of validity
 * @param pem the certificate, PEM
 */
public record IssuedCertificate(String serial, String fingerprint, String subject, Instant notBefore, Instant notAfter,
		String pem) {

}
