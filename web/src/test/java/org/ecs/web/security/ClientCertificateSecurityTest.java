package org.ecs.web.security;

import java.io.InputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Optional;

import org.ecs.core.security.CertificateFingerprint;
import org.ecs.core.security.CertificateRecord;
import org.ecs.core.security.SecurityEvents;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.x509;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The client certificate and the password must name the same participant, on the API
 * (each request) and the pages (sign-in, then every request of the session). The embedded
 * default does not require a certificate, but one that is presented is always judged.
 */
class ClientCertificateSecurityTest extends WebSliceTest {

	@Autowired
	PasswordEncoder passwords;

	X509Certificate certificate;

	String fingerprint;

	@BeforeEach
	void certificate() throws Exception {
		try (InputStream in = getClass().getResourceAsStream("client-certificate.pem")) {
			this.certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
		}
		this.fingerprint = CertificateFingerprint.of(this.certificate.getEncoded());
		given(this.directory.passwordHash("alice")).willReturn(Optional.of(this.passwords.encode("secret")));
		given(this.directory.passwordHash("otto")).willReturn(Optional.of(this.passwords.encode("otto-secret")));
		known(null);
	}

	void known(java.time.Instant revokedAt) {
		given(this.participantCertificates.byFingerprint(this.fingerprint))
			.willReturn(Optional.of(new CertificateRecord(7, ALICE.id(), "alice", true, "4a", this.fingerprint,
					"CN=alice,OU=Participants,O=ECS", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(364)),
					NOW.minus(Duration.ofDays(1)), "KEY_PAIR", revokedAt, (revokedAt != null) ? "lost" : null)));
	}

	@Test
	void shouldLetTheOwnerInWithCertificateAndPassword() throws Exception {
		this.mvc.perform(get("/api/v1/discussions").with(x509(this.certificate)).with(httpBasic("alice", "secret")))
			.andExpect(status().isOk());
	}

	@Test
	void shouldRefuseAnotherParticipantsCertificateBeforeLookingAtThePassword() throws Exception {
		this.mvc.perform(get("/api/v1/discussions").with(x509(this.certificate)).with(httpBasic("otto", "otto-secret")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.message").value(containsString("belongs to another account")));
		then(this.directory).should(never()).passwordHash("otto");
		then(this.securityEvents).should()
			.record(eq(SecurityEvents.Kind.CERTIFICATE_REFUSED), eq("otto"), anyString(),
					contains("serial 4a of alice"), any());
	}

	@Test
	void shouldRefuseACertificateEcsDidNotIssue() throws Exception {
		given(this.participantCertificates.byFingerprint(this.fingerprint)).willReturn(Optional.empty());
		this.mvc.perform(get("/api/v1/discussions").with(x509(this.certificate)).with(httpBasic("alice", "secret")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.message").value(containsString("not one ECS issued")));
	}

	@Test
	void shouldRefuseARevokedCertificateEvenWithTheRightPassword() throws Exception {
		known(NOW.minusSeconds(1));
		this.mvc.perform(get("/api/v1/discussions").with(x509(this.certificate)).with(httpBasic("alice", "secret")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.message").value(containsString("revoked")));
	}

	@Test
	void shouldEndASessionWhoseCertificateWasRevokedAtItsNextRequest() throws Exception {
		this.mvc.perform(get("/discussions").with(as(ALICE)).with(x509(this.certificate))).andExpect(status().isOk());
		known(NOW.minusSeconds(1));
		this.mvc.perform(get("/discussions").with(as(ALICE)).with(x509(this.certificate)))
			.andExpect(redirectedUrl("/login?certificate=REVOKED"));
	}

	@Test
	void shouldSendAFormSignInWithAnotherParticipantsCertificateBackToTheLoginPageSayingWhy() throws Exception {
		this.mvc
			.perform(post("/login").param("username", "otto")
				.param("password", "otto-secret")
				.with(csrf())
				.with(x509(this.certificate)))
			.andExpect(redirectedUrl("/login?certificate=OTHER_ACCOUNT"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/login").param("certificate", "OTHER_ACCOUNT"))
			.andExpect(content().string(containsString("belongs to another account")));
	}

	@Test
	void shouldShowOnlyItsOwnMessagesOnTheLoginPage() throws Exception {
		this.mvc.perform(get("/login").param("certificate", "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("login-certificate"))))
			.andExpect(content().string(not(containsString("<script>alert"))));
		this.mvc.perform(get("/login").param("certificate", "MISSING"))
			.andExpect(content().string(containsString("Settings &gt; Certificate")));
	}

	@Test
	void shouldLetAPasswordAloneInWhereNoCertificateIsRequired() throws Exception {
		this.mvc.perform(get("/api/v1/discussions").with(httpBasic("alice", "secret"))).andExpect(status().isOk());
	}

}
