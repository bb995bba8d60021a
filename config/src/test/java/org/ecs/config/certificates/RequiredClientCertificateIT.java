package org.ecs.config.certificates;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ecs.config.EcsIntegrationTest;
import org.ecs.core.security.SecurityEvents;
import org.ecs.gateways.certificate.CaKeys;
import org.ecs.gateways.certificate.EcsCertificateAuthority;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * ECS as production runs it: a certificate is required. Real TLS on the HTTPS connector,
 * the JDK's HTTP client presenting the demo accounts' PKCS#12 files (made by ECS at
 * start) or a certificate ECS signed for a CSR: certificate and password of the same
 * participant get in; a password without a certificate, another participant's
 * certificate, a revoked certificate or one of another CA do not.
 */
@EcsIntegrationTest
@TestPropertySource(properties = "ecs.security.require-client-certificate=true")
class RequiredClientCertificateIT {

	@Autowired
	HttpsConnector https;

	@Autowired
	EcsCertificateAuthority authority;

	@Autowired
	CertificateSettings settings;

	@Autowired
	SecurityEvents audit;

	@LocalServerPort
	int httpPort;

	final ObjectMapper json = new ObjectMapper();

	String base;

	X509Certificate ca;

	@BeforeEach
	void urls() {
		this.base = "https://localhost:" + this.https.localPort() + "/";
		this.ca = this.authority.certificate();
	}

	HttpClient demo(String username) throws Exception {
		return TlsClients.demo(this.settings, username, this.ca);
	}

	@Test
	void shouldLetInCertificateAndPasswordOfTheSameParticipant() throws Exception {
		HttpResponse<String> response = TlsClients.get(demo("alice"), this.base + "api/v1/discussions", "alice",
				"demo");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	@Test
	void shouldRefuseAPasswordWithoutCertificateSayingHowToGetOne() throws Exception {
		HttpResponse<String> overTls = TlsClients.get(TlsClients.withoutCertificate(this.ca),
				this.base + "api/v1/discussions", "alice", "demo");
		assertThat(overTls.statusCode()).isEqualTo(401);
		assertThat(this.json.readTree(overTls.body()).path("message").asText()).contains("client certificate")
			.contains("Settings > Certificate");
		HttpResponse<String> plain = TlsClients.get(HttpClient.newHttpClient(),
				"http://localhost:" + this.httpPort + "/api/v1/discussions", "alice", "demo");
		assertThat(plain.statusCode()).isEqualTo(401);
	}

	@Test
	void shouldRefuseAnotherParticipantsCertificateWithThisParticipantsPassword() throws Exception {
		HttpResponse<String> response = TlsClients.get(demo("bruno"), this.base + "api/v1/discussions", "alice",
				"demo");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("belongs to another account");
		assertThat(this.audit.latest("alice", 20)).anySatisfy((event) -> {
			assertThat(event.kind()).isEqualTo(SecurityEvents.Kind.CERTIFICATE_REFUSED);
			assertThat(event.detail()).contains("other account").contains("of bruno");
		});
	}

	@Test
	void shouldSignInOnThePagesOnlyWithTheCertificate() throws Exception {
		HttpClient alice = demo("alice");
		HttpResponse<String> signedIn = TlsClients.formSignIn(alice, this.base, "alice", "demo");
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).doesNotContain("login"));
		assertThat(TlsClients.get(alice, this.base + "settings/certificate", null, null).body())
			.contains("My certificates");

		HttpResponse<String> refused = TlsClients.formSignIn(TlsClients.withoutCertificate(this.ca), this.base, "alice",
				"demo");
		assertThat(refused.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?certificate=MISSING"));
	}

	/**
	 * The chains that programs call also read a page session (the API description, the
	 * actuator): the session cookie of a sign-in with the certificate, carried over a
	 * connection without it, is refused there too and the session ends.
	 */
	@Test
	void shouldRefuseAPageSessionCarriedOverAConnectionWithoutTheCertificateOnTheApiDescription() throws Exception {
		HttpClient alice = demo("alice");
		HttpResponse<String> signedIn = TlsClients.formSignIn(alice, this.base, "alice", "demo");
		String session = signedIn.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("JSESSIONID="))
			.map((c) -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow();
		assertThat(TlsClients.get(alice, this.base + "v3/api-docs", null, null).statusCode())
			.as("the session on its own connection")
			.isEqualTo(200);

		HttpResponse<String> carried = TlsClients.withoutCertificate(this.ca)
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(this.base + "v3/api-docs"))
				.header("Cookie", session)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(carried.statusCode()).isEqualTo(401);
		assertThat(this.json.readTree(carried.body()).path("message").asText()).contains("client certificate");
		assertThat(TlsClients.get(alice, this.base + "v3/api-docs", null, null).statusCode()).as("the session ended")
			.isEqualTo(401);
	}

	@Test
	void shouldIssueForACsrAndRefuseTheCertificateOnceRevoked() throws Exception {
		KeyPair pair = TlsClients.ecKeyPair();
		String body = this.json.writeValueAsString(java.util.Map.of("csr", TlsClients.csr(pair, "CN=whatever")));
		HttpResponse<String> issued = TlsClients.postJson(demo("cora"), this.base + "api/v1/certificates", "cora",
				"demo", body);
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
		JsonNode cert = this.json.readTree(issued.body());
		assertThat(cert.path("subject").asText()).contains("CN=cora");

		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry("cora", pair.getPrivate(), "pw".toCharArray(),
				new X509Certificate[] { parse(cert.path("certificate").asText()), this.ca });
		HttpClient fresh = TlsClients.withKeyStore(store, "pw", this.ca);
		assertThat(TlsClients.get(fresh, this.base + "api/v1/discussions", "cora", "demo").statusCode()).isEqualTo(200);

		HttpResponse<String> revoked = TlsClients.postJson(demo("cora"),
				this.base + "api/v1/certificates/" + cert.path("id").asLong() + "/revoke", "cora", "demo",
				"{\"reason\":\"test\"}");
		assertThat(revoked.body()).contains("REVOKED");
		// the same client, the same TLS session: refused at its very next request
		HttpResponse<String> after = TlsClients.get(fresh, this.base + "api/v1/discussions", "cora", "demo");
		assertThat(after.statusCode()).isEqualTo(401);
		assertThat(after.body()).contains("revoked");
		// the other certificate of the same person still works
		assertThat(TlsClients.get(demo("cora"), this.base + "api/v1/discussions", "cora", "demo").statusCode())
			.isEqualTo(200);
	}

	@Test
	void shouldLetAnAdministratorRevokeAnyonesCertificate() throws Exception {
		HttpResponse<String> list = TlsClients.get(demo("adam"), this.base + "api/v1/certificates?username=faith",
				"adam", "demo");
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		long id = this.json.readTree(list.body()).get(0).path("id").asLong();
		HttpResponse<String> notHers = TlsClients.postJson(demo("monica"),
				this.base + "api/v1/certificates/" + id + "/revoke", "monica", "demo", "{}");
		assertThat(notHers.statusCode()).isEqualTo(404);
		HttpClient faith = demo("faith");
		assertThat(TlsClients.get(faith, this.base + "api/v1/discussions", "faith", "demo").statusCode())
			.isEqualTo(200);

		HttpResponse<String> revoked = TlsClients.postJson(demo("adam"),
				this.base + "api/v1/certificates/" + id + "/revoke", "adam", "demo", "{\"reason\":\"withdrawn\"}");
		assertThat(revoked.statusCode()).isEqualTo(200);
		// the connection already open: the application's check refuses its next request
		HttpResponse<String> after = TlsClients.get(faith, this.base + "api/v1/discussions", "faith", "demo");
		assertThat(after.statusCode()).isEqualTo(401);
		assertThat(after.body()).contains("revoked");
		// a new connection: the connector's revocation list refuses the handshake itself
		assertThatThrownBy(() -> TlsClients.get(demo("faith"), this.base + "api/v1/discussions", "faith", "demo"))
			.isInstanceOf(java.io.IOException.class);
		X509Certificate faithsCertificate = (X509Certificate) keyStore("faith").getCertificate("ecs-faith");
		java.security.cert.X509CRL crl = (java.security.cert.X509CRL) CertificateFactory.getInstance("X.509")
			.generateCRL(java.nio.file.Files.newInputStream(this.settings.directory().resolve("ca.crl")));
		crl.verify(this.ca.getPublicKey());
		assertThat(crl.isRevoked(faithsCertificate)).isTrue();
		// and other relying parties find it in the published list at once, without
		// signing in
		java.security.cert.X509CRL published = (java.security.cert.X509CRL) CertificateFactory.getInstance("X.509")
			.generateCRL(new ByteArrayInputStream(
					TlsClients.bytes(TlsClients.withoutCertificate(this.ca), this.base + "pki/ca.crl").body()));
		published.verify(this.ca.getPublicKey());
		assertThat(published.isRevoked(faithsCertificate)).isTrue();
		// everyone else still gets in
		assertThat(TlsClients.get(demo("alice"), this.base + "api/v1/discussions", "alice", "demo").statusCode())
			.isEqualTo(200);
	}

	@Test
	void shouldPublishTheCaCertificateAndItsRevocationListWhenAnyoneAsksWithoutSigningIn() throws Exception {
		for (String base : java.util.List.of(this.base, "http://localhost:" + this.httpPort + "/")) {
			HttpResponse<byte[]> certificate = TlsClients.bytes(TlsClients.withoutCertificate(this.ca),
					base + "pki/ca.crt");
			assertThat(certificate.statusCode()).as(base).isEqualTo(200);
			assertThat(certificate.headers().firstValue("Content-Type")).hasValue("application/pkix-cert");
			assertThat(CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(certificate.body()))).isEqualTo(this.ca);

			HttpResponse<byte[]> list = TlsClients.bytes(TlsClients.withoutCertificate(this.ca), base + "pki/ca.crl");
			assertThat(list.statusCode()).as(base).isEqualTo(200);
			assertThat(list.headers().firstValue("Content-Type")).hasValue("application/pkix-crl");
			java.security.cert.X509CRL crl = (java.security.cert.X509CRL) CertificateFactory.getInstance("X.509")
				.generateCRL(new ByteArrayInputStream(list.body()));
			crl.verify(this.ca.getPublicKey());
			assertThat(crl.getIssuerX500Principal()).isEqualTo(this.ca.getSubjectX500Principal());
			assertThat(crl.getNextUpdate()).isAfter(new java.util.Date());
			assertThat(list.headers().firstValue("Set-Cookie")).as("no session for it").isEmpty();
		}
	}

	KeyStore keyStore(String username) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (var in = java.nio.file.Files
			.newInputStream(this.settings.directory().resolve("demo").resolve(username + ".p12"))) {
			store.load(in, "demo".toCharArray());
		}
		return store;
	}

	@Test
	void shouldRefuseACertificateOfAnotherCaAtTheHandshake(@org.junit.jupiter.api.io.TempDir Path dir)
			throws Exception {
		EcsCertificateAuthority other = new EcsCertificateAuthority(
				CaKeys.loadOrCreate(dir, "ECS Certificate Authority", java.time.Clock.systemUTC()),
				java.time.Duration.ofDays(30), java.time.Clock.systemUTC());
		var issued = other.issueKeyStore("alice", "pw".toCharArray());
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(new ByteArrayInputStream(issued.pkcs12()), "pw".toCharArray());
		HttpClient forged = TlsClients.forcing((java.security.PrivateKey) store.getKey("ecs-alice", "pw".toCharArray()),
				java.util.Arrays.stream(store.getCertificateChain("ecs-alice"))
					.map(X509Certificate.class::cast)
					.toArray(X509Certificate[]::new),
				this.ca);
		assertThatThrownBy(() -> TlsClients.get(forged, this.base + "api/v1/discussions", "alice", "demo"))
			.isInstanceOf(java.io.IOException.class);
	}

	static X509Certificate parse(String pem) throws Exception {
		return (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
	}

}
