package org.ecs.config.certificates;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import org.ecs.config.EcsIntegrationTest;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.security.IssuedKeyStore;
import org.ecs.core.security.ParticipantCertificates;
import org.ecs.gateways.certificate.EcsCertificateAuthority;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecs.config.SandboxMail.awaitText;

/**
 * A password reset where certificates are required, as in production, over the real HTTPS
 * connector: the person asks for the link and sets the new password without a certificate
 * (the reset pages are open to anyone), and afterwards the new password still gets in
 * only with their certificate: alone it is refused on the API and on the sign-in page,
 * the old one is refused with the certificate.
 */
@EcsIntegrationTest
@TestPropertySource(properties = "ecs.security.require-client-certificate=true")
class PasswordResetCertificateIT {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	static final String PASSWORD = "Reliable-station-calibration-2026";

	static final String NEW_PASSWORD = "Hydroacoustic-triad-reading-2027";

	@Autowired
	HttpsConnector https;

	@Autowired
	EcsCertificateAuthority authority;

	@Autowired
	CertificateSettings settings;

	@Autowired
	ParticipantCertificates certificates;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	GreenMail sandbox;

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
	void shouldStillRequireTheCertificateWhenThePasswordWasReset() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String email = "reset-cert-" + tag + "@example.at";
		TlsClients.Nominee nominee = TlsClients.nominateAndApprove(demo("fiona"), demo("sam"), this.base + "api/v1",
				"Reset Certified " + tag, email);
		long id = nominee.id();
		String username = nominee.username();
		Matcher invitation = Pattern.compile("/(invitation/[A-Za-z0-9_-]{43})")
			.matcher(awaitText(this.sandbox, email, "/invitation/", Duration.ofSeconds(90)));
		assertThat(invitation.find()).isTrue();
		HttpClient newcomer = TlsClients.withoutCertificate(this.ca);
		HttpResponse<String> set = submit(newcomer, invitation.group(1),
				"password=" + enc(PASSWORD) + "&confirm=" + enc(PASSWORD));
		assertThat(set.statusCode()).as(set.body()).isEqualTo(200);

		// the certificate the person installed (issued as the certificate page does)
		Participant owner = this.directory.findByUsername(username).orElseThrow();
		IssuedKeyStore issued = this.certificates.issueKeyStore(owner, "pass-phrase".toCharArray(), "127.0.0.1");
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(new ByteArrayInputStream(issued.pkcs12()), "pass-phrase".toCharArray());
		HttpClient withCertificate = TlsClients.withKeyStore(store, "pass-phrase", this.ca);
		assertThat(TlsClients.get(withCertificate, this.base + "api/v1/discussions", username, PASSWORD).statusCode())
			.isEqualTo(200);

		// forgot the password: asked and set without a certificate
		HttpClient anyone = TlsClients.withoutCertificate(this.ca);
		HttpResponse<String> asked = submit(anyone, "password-reset", "who=" + enc(email));
		assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
		assertThat(asked.body()).contains("id=\"reset-sent\"");
		Matcher link = Pattern.compile("/(password-reset/[A-Za-z0-9_-]{43})")
			.matcher(awaitText(this.sandbox, email, "/password-reset/", Duration.ofSeconds(90)));
		assertThat(link.find()).isTrue();
		HttpResponse<String> reset = submit(anyone, link.group(1),
				"password=" + enc(NEW_PASSWORD) + "&confirm=" + enc(NEW_PASSWORD));
		assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
		assertThat(reset.body()).contains("id=\"reset-done\"");

		HttpClient without = TlsClients.withoutCertificate(this.ca);
		assertThat(TlsClients.get(without, this.base + "api/v1/discussions", username, NEW_PASSWORD).statusCode())
			.as("the new password alone")
			.isEqualTo(401);
		assertThat(TlsClients.formSignIn(without, this.base, username, NEW_PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?certificate=MISSING"));
		assertThat(TlsClients.get(withCertificate, this.base + "api/v1/discussions", username, PASSWORD).statusCode())
			.as("the old password, even with the certificate")
			.isEqualTo(401);
		assertThat(
				TlsClients.get(withCertificate, this.base + "api/v1/discussions", username, NEW_PASSWORD).statusCode())
			.as("certificate and new password")
			.isEqualTo(200);
		assertThat(TlsClients.formSignIn(withCertificate, this.base, username, NEW_PASSWORD)
			.headers()
			.firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).doesNotContain("login"));
	}

	/** GETs the page (for its CSRF token), then POSTs the form to it. */
	HttpResponse<String> submit(HttpClient client, String path, String form) throws Exception {
		HttpResponse<String> page = TlsClients.get(client, this.base + path, null, null);
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).as("the page has a CSRF token").isTrue();
		return client.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(token.group(1))))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
