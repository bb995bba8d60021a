package org.ecs.core.security;

/**
 * The port to the ECS certificate authority (its X.509 and PKCS#12 work lives in
 * {@code gateways/certificate}): issues participants' client certificates.
 */
public interface CertificateAuthority {

	/**
	 * A new key pair made here and a certificate for it, handed over as a PKCS#12 file
	 * protected by the passphrase (the key never leaves it unprotected).
	 */
	IssuedKeyStore issueKeyStore(String username, char[] passphrase);

	/**
	 * A certificate for the public key of a PKCS#10 request (PEM) the person brings; the
	 * subject is ECS's, whatever the request asks for.
	 * @throws CertificateRequestRejected when the request is not PEM PKCS#10, its
	 * signature does not verify or its key is too weak
	 */
	IssuedCertificate issueForRequest(String username, String pemRequest);

	/**
	 * A certificate revocation list (DER) signed by the CA: these serials, issued now,
	 * valid until the next update.
	 */
	byte[] revocationList(java.util.List<RevokedCertificate> revoked, java.time.Instant nextUpdate);

	/** The CA's own certificate (PEM), to trust or to show. */
	String caCertificatePem();

	/** A certificate signing request the CA will not sign; the message says why. */
	class CertificateRequestRejected extends IllegalArgumentException {

		private final transient org.ecs.core.text.Said said;

		public CertificateRequestRejected(String message) {
			super(message);
			this.said = null;
		}

		/** Why, as a sentence pages say in the reader's language. */
		public CertificateRequestRejected(org.ecs.core.text.Said said) {
			super(said.english());
			this.said = said;
		}

		/** Why, with its bundle key; null when only the English is known. */
		public org.ecs.core.text.Said said() {
			return this.said;
		}

	}

}
