package org.ecs.gateways.certificate;

import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.ecs.core.security.CertificateAuthority;
import org.ecs.core.security.CertificateFingerprint;
import org.ecs.core.security.IssuedCertificate;
import org.ecs.core.security.IssuedKeyStore;
import org.ecs.core.security.RevokedCertificate;
import org.ecs.core.text.Said;

/**
 * ECS's certificate authority: signs participants' client certificates with the CA key
 * (made at first start, or the operator's), on Bouncy Castle's X.509 and PKCS#10 code.
 */
public final class EcsCertificateAuthority implements CertificateAuthority {

	/** A PEM request larger than this is not a certificate request. */
	static final int MAX_REQUEST = 16 * 1024;

	private final CaKeys ca;

	private final Duration validity;

	private final Clock clock;

	public EcsCertificateAuthority(CaKeys ca, Duration validity, Clock clock) {
		this.ca = ca;
		this.validity = validity;
		this.clock = clock;
	}

	@Override
	public IssuedKeyStore issueKeyStore(String username, char[] passphrase) {
		try {
			KeyPair pair = CertificateIssuance.newKeyPair();
			X509Certificate cert = CertificateIssuance.client(this.ca, username, pair.getPublic(), this.clock.instant(),
					this.validity);
			X509Certificate[] chain = chain(cert);
			return new IssuedKeyStore(describe(cert),
					CaKeys.pkcs12("ecs-" + username, pair.getPrivate(), chain, passphrase));
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("The CA could not issue a certificate: " + ex.getMessage(), ex);
		}
	}

	@Override
	public IssuedCertificate issueForRequest(String username, String pemRequest) {
		PublicKey key = verifiedKey(pemRequest);
		try {
			return describe(CertificateIssuance.client(this.ca, username, key, this.clock.instant(), this.validity));
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("The CA could not issue a certificate: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The public key of a PKCS#10 request whose signature verifies and whose key is
	 * strong enough.
	 */
	static PublicKey verifiedKey(String pemRequest) {
		if (pemRequest == null || pemRequest.isBlank()) {
			throw new CertificateRequestRejected(Said.said("problem.certificate.missing",
					"No certificate request: paste a PEM PKCS#10 request " + "(-----BEGIN CERTIFICATE REQUEST-----)."));
		}
		if (pemRequest.length() > MAX_REQUEST) {
			throw new CertificateRequestRejected(
					Said.said("problem.certificate.too-long", "The certificate request is too long to be one."));
		}
		Object parsed;
		try (PEMParser parser = new PEMParser(new StringReader(pemRequest))) {
			parsed = parser.readObject();
		}
		catch (IOException | RuntimeException ex) {
			throw new CertificateRequestRejected(Said.said("problem.certificate.not-pem",
					"The certificate request is not valid PEM: " + ex.getMessage()));
		}
		if (!(parsed instanceof PKCS10CertificationRequest request)) {
			throw new CertificateRequestRejected(
					Said.said("problem.certificate.not-csr", "Not a certificate request: expected a PEM block "
							+ "-----BEGIN CERTIFICATE REQUEST----- (PKCS#10)."));
		}
		try {
			JcaPKCS10CertificationRequest jca = new JcaPKCS10CertificationRequest(request);
			PublicKey key = jca.getPublicKey();
			if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key))) {
				throw new CertificateRequestRejected(Said.said("problem.certificate.signature",
						"The certificate request's signature does not verify with its own key."));
			}
			checkStrength(key);
			return key;
		}
		catch (CertificateRequestRejected ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new CertificateRequestRejected(Said.said("problem.certificate.unreadable",
					"The certificate request cannot be read: " + ex.getMessage()));
		}
	}

	private static void checkStrength(PublicKey key) {
		if (key instanceof RSAPublicKey rsa) {
			if (rsa.getModulus().bitLength() < 2048) {
				throw new CertificateRequestRejected(Said.said("problem.certificate.rsa-weak",
						"The key is RSA of " + rsa.getModulus().bitLength() + " bits; at least 2048 are needed.",
						rsa.getModulus().bitLength()));
			}
		}
		else if (key instanceof ECPublicKey ec) {
			int bits = ec.getParams().getCurve().getField().getFieldSize();
			if (bits < 256) {
				throw new CertificateRequestRejected(Said.said("problem.certificate.ec-weak",
						"The key is an elliptic curve of " + bits + " bits; P-256 or larger is needed.", bits));
			}
		}
		else {
			throw new CertificateRequestRejected(
					Said.said("problem.certificate.algorithm",
							"The key is " + key.getAlgorithm()
									+ "; ECS signs RSA (2048 bits or more) and EC (P-256 or larger).",
							key.getAlgorithm()));
		}
	}

	@Override
	public byte[] revocationList(List<RevokedCertificate> revoked, Instant nextUpdate) {
		try {
			return CertificateIssuance.crl(this.ca, revoked, this.clock.instant(), nextUpdate).getEncoded();
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("The CA could not sign its revocation list: " + ex.getMessage(), ex);
		}
	}

	@Override
	public String caCertificatePem() {
		try {
			return CertificateIssuance.pem(this.ca.certificate());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A keystore for the HTTPS connector: a new key and a certificate this CA signs for
	 * the host names (the embedded default's server certificate).
	 */
	public KeyStore serverKeyStore(List<String> hostNames, char[] password, Duration validity) {
		try {
			KeyPair pair = CertificateIssuance.newKeyPair();
			X509Certificate cert = CertificateIssuance.server(this.ca, hostNames, pair.getPublic(),
					this.clock.instant(), validity);
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry("ecs-server", pair.getPrivate(), password, chain(cert));
			return store;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("The CA could not make the server certificate: " + ex.getMessage(), ex);
		}
	}

	/** The certificates a client certificate's signature is checked against. */
	public KeyStore trustStore() {
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setCertificateEntry("ecs-ca", this.ca.certificate());
			return store;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public X509Certificate certificate() {
		return this.ca.certificate();
	}

	private X509Certificate[] chain(X509Certificate leaf) {
		X509Certificate[] caChain = this.ca.chain();
		X509Certificate[] chain = new X509Certificate[caChain.length + 1];
		chain[0] = leaf;
		System.arraycopy(caChain, 0, chain, 1, caChain.length);
		return chain;
	}

	private static IssuedCertificate describe(X509Certificate cert) throws IOException {
		try {
			return new IssuedCertificate(cert.getSerialNumber().toString(16),
					CertificateFingerprint.of(cert.getEncoded()), cert.getSubjectX500Principal().getName(),
					cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant(), CertificateIssuance.pem(cert));
		}
		catch (CertificateEncodingException ex) {
			throw new IOException(ex);
		}
	}

}
