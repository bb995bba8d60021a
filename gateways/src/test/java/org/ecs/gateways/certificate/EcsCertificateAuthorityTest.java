package org.ecs.gateways.certificate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.ecs.core.security.CertificateAuthority.CertificateRequestRejected;
import org.ecs.core.security.CertificateFingerprint;
import org.ecs.core.security.IssuedCertificate;
import org.ecs.core.security.IssuedKeyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EcsCertificateAuthorityTest {

	static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	@TempDir
	Path dir;

	EcsCertificateAuthority authority() {
		return new EcsCertificateAuthority(CaKeys.loadOrCreate(this.dir, "ECS test CA", CLOCK), Duration.ofDays(365),
				CLOCK);
	}

	@Test
	void shouldMakeTheCaOnceAndLoadItAfterwards() throws Exception {
		CaKeys first = CaKeys.loadOrCreate(this.dir, "ECS test CA", CLOCK);
		CaKeys again = CaKeys.loadOrCreate(this.dir, "ECS test CA", CLOCK);
		assertThat(again.certificate()).isEqualTo(first.certificate());
		assertThat(again.key().getEncoded()).isEqualTo(first.key().getEncoded());
		assertThat(first.certificate().getBasicConstraints()).isZero();
		assertThat(Files.getPosixFilePermissions(this.dir.resolve("ca.p12")))
			.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(Files.getPosixFilePermissions(this.dir.resolve("ca.password")))
			.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(Files.readString(this.dir.resolve("ca.pem"))).startsWith("-----BEGIN CERTIFICATE-----");
	}

	@Test
	void shouldIssueAPassphraseProtectedKeyStoreChainedToTheCa() throws Exception {
		EcsCertificateAuthority ca = authority();
		IssuedKeyStore issued = ca.issueKeyStore("alice", "one-time-pass".toCharArray());

		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(new ByteArrayInputStream(issued.pkcs12()), "one-time-pass".toCharArray());
		X509Certificate cert = (X509Certificate) store.getCertificate("ecs-alice");
		assertThat(store.getKey("ecs-alice", "one-time-pass".toCharArray())).isNotNull();
		assertThat(store.getCertificateChain("ecs-alice")).hasSize(2);
		cert.verify(ca.certificate().getPublicKey());
		assertThat(cert.getSubjectX500Principal()).isEqualTo(new X500Principal("CN=alice, OU=Participants, O=ECS"));
		assertThat(cert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
		assertThat(cert.getBasicConstraints()).isEqualTo(-1);
		assertThat(issued.certificate().fingerprint()).isEqualTo(CertificateFingerprint.of(cert.getEncoded()));
		assertThat(issued.certificate().serial()).isEqualTo(cert.getSerialNumber().toString(16));
		assertThat(issued.certificate().notAfter()).isEqualTo(NOW.plus(Duration.ofDays(365)));
		assertThat(parse(issued.certificate().pem())).isEqualTo(cert);
	}

	@Test
	void shouldRefuseToOpenTheKeyStoreWithAnotherPassphrase() {
		IssuedKeyStore issued = authority().issueKeyStore("alice", "one-time-pass".toCharArray());
		assertThatThrownBy(() -> KeyStore.getInstance("PKCS12")
			.load(new ByteArrayInputStream(issued.pkcs12()), "guess".toCharArray())).isInstanceOf(IOException.class);
	}

	@Test
	void shouldGiveEveryCertificateItsOwnSerialAndFingerprint() {
		EcsCertificateAuthority ca = authority();
		IssuedCertificate a = ca.issueKeyStore("alice", "p".toCharArray()).certificate();
		IssuedCertificate b = ca.issueKeyStore("alice", "p".toCharArray()).certificate();
		assertThat(a.serial()).isNotEqualTo(b.serial());
		assertThat(a.fingerprint()).isNotEqualTo(b.fingerprint()).hasSize(64);
	}

	@Test
	void shouldSignTheKeyOfARequestUnderEcsOwnSubject() throws Exception {
		KeyPair pair = ec();
		String csr = csr("CN=adam, O=Evil", pair, pair);
		EcsCertificateAuthority ca = authority();
		IssuedCertificate issued = ca.issueForRequest("bruno", csr);
		X509Certificate cert = parse(issued.pem());
		assertThat(cert.getPublicKey()).isEqualTo(pair.getPublic());
		assertThat(cert.getSubjectX500Principal()).isEqualTo(new X500Principal("CN=bruno, OU=Participants, O=ECS"));
		cert.verify(ca.certificate().getPublicKey());
	}

	@Test
	void shouldRejectWhatIsNotAVerifiedStrongRequest() throws Exception {
		EcsCertificateAuthority ca = authority();
		assertThatThrownBy(() -> ca.issueForRequest("bruno", "")).isInstanceOf(CertificateRequestRejected.class)
			.hasMessageContaining("No certificate request");
		assertThatThrownBy(() -> ca.issueForRequest("bruno", "hello")).isInstanceOf(CertificateRequestRejected.class);
		String certificatePem = ca.caCertificatePem();
		assertThatThrownBy(() -> ca.issueForRequest("bruno", certificatePem))
			.isInstanceOf(CertificateRequestRejected.class)
			.hasMessageContaining("Not a certificate request");
		// the request names one key but is signed with another: no proof of possession
		assertThatThrownBy(() -> ca.issueForRequest("bruno", csr("CN=x", ec(), ec())))
			.isInstanceOf(CertificateRequestRejected.class)
			.hasMessageContaining("does not verify");
		KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
		rsa.initialize(1024);
		KeyPair weak = rsa.generateKeyPair();
		assertThatThrownBy(() -> ca.issueForRequest("bruno", csr("CN=x", weak, weak)))
			.isInstanceOf(CertificateRequestRejected.class)
			.hasMessageContaining("at least 2048");
		assertThatThrownBy(() -> ca.issueForRequest("bruno", "x".repeat(EcsCertificateAuthority.MAX_REQUEST + 1)))
			.isInstanceOf(CertificateRequestRejected.class)
			.hasMessageContaining("too long");
	}

	@Test
	void shouldKeepTheParsersOwnWordsOutOfWhatPagesSay() {
		EcsCertificateAuthority ca = authority();
		for (String damaged : List.of("-----BEGIN CERTIFICATE REQUEST-----\n!!!!\n-----END CERTIFICATE REQUEST-----\n",
				"-----BEGIN CERTIFICATE REQUEST-----\naGVsbG8gd29ybGQ=\n-----END CERTIFICATE REQUEST-----\n")) {
			assertThatThrownBy(() -> ca.issueForRequest("bruno", damaged))
				.isInstanceOfSatisfying(CertificateRequestRejected.class, (ex) -> {
					assertThat(ex.said().key()).isIn("problem.certificate.not-pem", "problem.certificate.unreadable");
					assertThat(ex.said().args()).as("the parser's detail is no argument of the page's sentence")
						.isEmpty();
					assertThat(ex.getMessage()).as("the API and the log keep it")
						.matches("The certificate request (is not valid PEM|cannot be read): .+");
				});
		}
	}

	@Test
	void shouldMakeAServerCertificateForTheHostNames() throws Exception {
		EcsCertificateAuthority ca = authority();
		KeyStore store = ca.serverKeyStore(List.of("localhost", "127.0.0.1"), "pw".toCharArray(), Duration.ofDays(90));
		X509Certificate cert = (X509Certificate) store.getCertificate("ecs-server");
		cert.verify(ca.certificate().getPublicKey());
		assertThat(cert.getSubjectAlternativeNames().stream().map((name) -> String.valueOf(name.get(1))))
			.containsExactly("localhost", "127.0.0.1");
		assertThat(cert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
	}

	@Test
	void shouldRefuseAKeyStoreWhoseCertificateIsNoCa() throws Exception {
		IssuedKeyStore client = authority().issueKeyStore("alice", "pw".toCharArray());
		Path p12 = this.dir.resolve("client.p12");
		Files.write(p12, client.pkcs12());
		assertThatThrownBy(() -> CaKeys.load(p12, "pw".toCharArray(), null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("is not a CA certificate");
		assertThatThrownBy(() -> CaKeys.load(p12, "wrong".toCharArray(), null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Cannot read the CA keystore");
	}

	@Test
	void shouldUseAnOperatorsCaKeyStore() throws Exception {
		CaKeys made = CaKeys.loadOrCreate(this.dir.resolve("made"), "Operator CA", CLOCK);
		Path p12 = this.dir.resolve("operator.p12");
		Files.write(p12, CaKeys.pkcs12("operator-ca", made.key(), made.chain(), "secret".toCharArray()));
		CaKeys loaded = CaKeys.load(p12, "secret".toCharArray(), "operator-ca");
		assertThat(loaded.certificate()).isEqualTo(made.certificate());
		assertThatThrownBy(() -> CaKeys.load(p12, "secret".toCharArray(), "other"))
			.hasMessageContaining("has no key named other");
	}

	static KeyPair ec() throws Exception {
		return CertificateIssuance.newKeyPair();
	}

	static String csr(String subject, KeyPair named, KeyPair signing) throws Exception {
		String algorithm = signing.getPrivate().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
		PKCS10CertificationRequest request = new JcaPKCS10CertificationRequestBuilder(new X500Principal(subject),
				named.getPublic())
			.build(new JcaContentSignerBuilder(algorithm).build(signing.getPrivate()));
		java.io.StringWriter out = new java.io.StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
			writer.writeObject(request);
		}
		return out.toString();
	}

	static X509Certificate parse(String pem) throws Exception {
		return (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(pem.getBytes()));
	}

	@Test
	void shouldSignARevocationListThatAPkixValidatorWithRevocationHonours() throws Exception {
		EcsCertificateAuthority ca = authority();
		X509Certificate revoked = leaf(ca.issueKeyStore("rosa", "pw".toCharArray()), "rosa");
		X509Certificate kept = leaf(ca.issueKeyStore("tom", "pw".toCharArray()), "tom");

		byte[] der = ca
			.revocationList(List.of(new org.ecs.core.security.RevokedCertificate(revoked.getSerialNumber().toString(16),
					NOW.minusSeconds(60))), NOW.plus(Duration.ofDays(7)));
		java.security.cert.X509CRL crl = (java.security.cert.X509CRL) CertificateFactory.getInstance("X.509")
			.generateCRL(new ByteArrayInputStream(der));
		crl.verify(ca.certificate().getPublicKey());
		assertThat(crl.isRevoked(revoked)).isTrue();
		assertThat(crl.isRevoked(kept)).isFalse();
		assertThat(crl.getNextUpdate().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(7)));

		// what the HTTPS connector does with ecs.tls CRL file: PKIX with revocation on
		assertThatThrownBy(() -> pkix(ca, crl, revoked))
			.isInstanceOf(java.security.cert.CertPathValidatorException.class)
			.hasMessageContaining("revoked");
		pkix(ca, crl, kept);
	}

	static X509Certificate leaf(IssuedKeyStore issued, String username) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(new ByteArrayInputStream(issued.pkcs12()), "pw".toCharArray());
		return (X509Certificate) store.getCertificate("ecs-" + username);
	}

	static void pkix(EcsCertificateAuthority ca, java.security.cert.X509CRL crl, X509Certificate cert)
			throws Exception {
		java.security.cert.PKIXParameters parameters = new java.security.cert.PKIXParameters(
				java.util.Set.of(new java.security.cert.TrustAnchor(ca.certificate(), null)));
		parameters.setRevocationEnabled(true);
		parameters.setDate(java.util.Date.from(NOW));
		parameters.addCertStore(java.security.cert.CertStore.getInstance("Collection",
				new java.security.cert.CollectionCertStoreParameters(List.of(crl))));
		java.security.cert.CertPathValidator.getInstance("PKIX")
			.validate(CertificateFactory.getInstance("X.509").generateCertPath(List.of(cert)), parameters);
	}

}
