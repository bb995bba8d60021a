package org.ecs.gateways.certificate;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * X.509 certificates as ECS's CA makes them, with Bouncy Castle's builders: the CA's own,
 * participants' client certificates (clientAuth) and the HTTPS connector's server
 * certificate (serverAuth, the host names as subject alternative names).
 */
final class CertificateIssuance {

	/**
	 * Clocks of clients and servers differ a little: a certificate is valid from a moment
	 * ago.
	 */
	static final Duration BACKDATE = Duration.ofMinutes(5);

	private static final SecureRandom RANDOM = new SecureRandom();

	private CertificateIssuance() {
	}

	/** ECDSA on P-256: made in a millisecond, understood by every browser and NSS. */
	static KeyPair newKeyPair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
		return generator.generateKeyPair();
	}

	static X509Certificate selfSignedCa(String commonName, KeyPair pair, Instant now, Duration validity)
			throws GeneralSecurityException, IOException {
		X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "ECS")
			.addRDN(BCStyle.CN, commonName)
			.build();
		JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
				Date.from(now.minus(BACKDATE)), Date.from(now.plus(validity)), name, pair.getPublic())
			.addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
			.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
			.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()));
		return sign(builder, pair.getPrivate());
	}

	/**
	 * A participant's certificate: subject {@code CN=<username>, OU=Participants, O=ECS}.
	 */
	static X509Certificate client(CaKeys ca, String username, PublicKey key, Instant now, Duration validity)
			throws GeneralSecurityException, IOException {
		X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "ECS")
			.addRDN(BCStyle.OU, "Participants")
			.addRDN(BCStyle.CN, username)
			.build();
		X509v3CertificateBuilder builder = leaf(ca, subject, key, now, validity)
			.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature
							| (key.getAlgorithm().equals("RSA") ? KeyUsage.keyEncipherment : 0)))
			.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
		return sign(builder, ca.key());
	}

	/** The HTTPS connector's certificate for these host names and addresses. */
	static X509Certificate server(CaKeys ca, List<String> hostNames, PublicKey key, Instant now, Duration validity)
			throws GeneralSecurityException, IOException {
		X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "ECS")
			.addRDN(BCStyle.CN, hostNames.get(0))
			.build();
		List<GeneralName> names = new ArrayList<>();
		for (String host : hostNames) {
			names.add(host.matches("[0-9.]+|.*:.*")
					? new GeneralName(GeneralName.iPAddress, InetAddress.getByName(host).getHostAddress())
					: new GeneralName(GeneralName.dNSName, host));
		}
		X509v3CertificateBuilder builder = leaf(ca, subject, key, now, validity)
			.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature
							| (key.getAlgorithm().equals("RSA") ? KeyUsage.keyEncipherment : 0)))
			.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
			.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names.toArray(GeneralName[]::new)));
		return sign(builder, ca.key());
	}

	private static X509v3CertificateBuilder leaf(CaKeys ca, X500Name subject, PublicKey key, Instant now,
			Duration validity) throws GeneralSecurityException, IOException {
		JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
		Instant notAfter = now.plus(validity);
		Instant caEnd = ca.certificate().getNotAfter().toInstant();
		// nothing the CA signs outlives the CA
		return new JcaX509v3CertificateBuilder(ca.certificate(), serial(), Date.from(now.minus(BACKDATE)),
				Date.from(notAfter.isAfter(caEnd) ? caEnd : notAfter), subject, key)
			.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
			.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(key))
			.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(ca.certificate()));
	}

	private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
			throws GeneralSecurityException {
		String algorithm = key.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
		try {
			return new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).build(key)));
		}
		catch (OperatorCreationException ex) {
			throw new GeneralSecurityException(ex);
		}
	}

	/**
	 * A version 2 CRL signed by the CA: the serials (hexadecimal) with their revocation
	 * dates, this update now, the next as given, the CA's key identifier and a number
	 * that grows with time (RFC 5280 asks for one; milliseconds since the epoch do).
	 */
	static X509CRL crl(CaKeys ca, List<org.ecs.core.security.RevokedCertificate> revoked, Instant now,
			Instant nextUpdate) throws GeneralSecurityException, IOException {
		org.bouncycastle.cert.X509v2CRLBuilder builder = new org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder(
				ca.certificate().getSubjectX500Principal(), Date.from(now));
		builder.setNextUpdate(Date.from(nextUpdate));
		for (org.ecs.core.security.RevokedCertificate r : revoked) {
			builder.addCRLEntry(new BigInteger(r.serial(), 16), Date.from(r.revokedAt()),
					org.bouncycastle.asn1.x509.CRLReason.unspecified);
		}
		builder.addExtension(Extension.authorityKeyIdentifier, false,
				new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca.certificate()));
		builder.addExtension(Extension.cRLNumber, false,
				new org.bouncycastle.asn1.x509.CRLNumber(BigInteger.valueOf(now.toEpochMilli())));
		String algorithm = ca.key().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
		try {
			return new org.bouncycastle.cert.jcajce.JcaX509CRLConverter()
				.getCRL(builder.build(new JcaContentSignerBuilder(algorithm).build(ca.key())));
		}
		catch (OperatorCreationException ex) {
			throw new GeneralSecurityException(ex);
		}
	}

	/** 127 random bits: unique without a counter, positive as RFC 5280 asks. */
	static BigInteger serial() {
		return new BigInteger(127, RANDOM).setBit(120);
	}

	static String pem(Object object) throws IOException {
		StringWriter out = new StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
			writer.writeObject(object);
		}
		return out.toString();
	}

}
