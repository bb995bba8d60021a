package org.ecs.web.settings;

import java.time.Duration;
import java.util.List;

import org.ecs.core.security.CertificateAuthority.CertificateRequestRejected;
import org.ecs.core.security.CertificateRecord;
import org.ecs.core.security.IssuedCertificate;
import org.ecs.core.security.IssuedKeyStore;
import org.ecs.core.security.ParticipantCertificates.Revocation;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CertificateControllerTest extends WebSliceTest {

	static final IssuedCertificate ISSUED = new IssuedCertificate("4a", "ab".repeat(32),
			"CN=alice,OU=Participants,O=ECS", NOW, NOW.plus(Duration.ofDays(365)),
			"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");

	@Test
	void shouldListOnesCertificatesWithTheirStatus() throws Exception {
		given(this.participantCertificates.of(ALICE.id())).willReturn(List.of(new CertificateRecord(7, ALICE.id(),
				"alice", true, "4a", "ab".repeat(32), "CN=alice", NOW.minus(Duration.ofDays(400)),
				NOW.minus(Duration.ofDays(35)), NOW.minus(Duration.ofDays(400)), "KEY_PAIR", null, null)));
		this.mvc.perform(get("/settings/certificate").with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"certificate-7\"")))
			.andExpect(content().string(containsString("expired")));
	}

	@Test
	void shouldHandTheKeyStoreOverOnceWithAPassphraseShownOnce() throws Exception {
		given(this.participantCertificates.issueKeyStore(eq(ALICE), any(), anyString()))
			.willReturn(new IssuedKeyStore(ISSUED, new byte[] { 1, 2, 3 }));
		MockHttpSession session = new MockHttpSession();
		MvcResult issued = this.mvc.perform(post("/settings/certificate").session(session).with(as(ALICE)).with(csrf()))
			.andExpect(redirectedUrl("/settings/certificate"))
			.andReturn();
		String passphrase = (String) issued.getFlashMap().get("passphrase");
		String download = (String) issued.getFlashMap().get("download");
		assertThat(passphrase).matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}");

		// another participant cannot take it, even in the same session
		this.mvc.perform(get("/settings/certificate/download/" + download).session(session).with(as(OTTO)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/settings/certificate/download/" + download).session(session).with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("ecs-alice.p12")))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().bytes(new byte[] { 1, 2, 3 }));
		this.mvc.perform(get("/settings/certificate/download/" + download).session(session).with(as(ALICE)))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldSayWhyARequestWasNotSigned() throws Exception {
		given(this.participantCertificates.issueForRequest(eq(ALICE), anyString(), anyString()))
			.willThrow(new CertificateRequestRejected(org.ecs.core.text.Said.said("problem.certificate.rsa-weak",
					"The key is RSA of 1024 bits; at least 2048 are needed.", 1024)));
		this.mvc.perform(post("/settings/certificate/csr").param("csr", "x").with(as(ALICE)).with(csrf()))
			.andExpect(redirectedUrl("/settings/certificate"))
			.andExpect(flash().attribute("alert", containsString("at least 2048")));
	}

	@Test
	void shouldSayWhyARequestWasNotSignedInThePagesLanguage() throws Exception {
		given(this.participantCertificates.issueForRequest(eq(ALICE), anyString(), anyString()))
			.willThrow(new CertificateRequestRejected(org.ecs.core.text.Said.said("problem.certificate.rsa-weak",
					"The key is RSA of 1024 bits; at least 2048 are needed.", 1024)));
		this.mvc.perform(
				post("/settings/certificate/csr").param("lang", "fr").param("csr", "x").with(as(ALICE)).with(csrf()))
			.andExpect(redirectedUrl("/settings/certificate"))
			.andExpect(flash().attribute("alert", "La clé est une clé RSA de 1024 bits ; il en faut au moins 2048."));
		given(this.participantCertificates.issueForRequest(eq(ALICE), anyString(), anyString()))
			.willThrow(new CertificateRequestRejected("Something only in English"));
		this.mvc.perform(
				post("/settings/certificate/csr").param("lang", "fr").param("csr", "x").with(as(ALICE)).with(csrf()))
			.andExpect(flash().attribute("alert", "La demande de certificat n’a pas été signée."));
	}

	@Test
	void shouldSayARequestThePemParserCannotReadInGeneralWordsWhenTheApiKeepsItsDetail() throws Exception {
		given(this.participantCertificates.issueForRequest(eq(ALICE), anyString(), anyString()))
			.willThrow(new CertificateRequestRejected(org.ecs.core.text.Said.said("problem.certificate.not-pem",
					"The certificate request is not valid PEM: unable to decode base64 string")));
		this.mvc.perform(
				post("/settings/certificate/csr").param("lang", "fr").param("csr", "x").with(as(ALICE)).with(csrf()))
			.andExpect(flash().attribute("alert", "La demande de certificat n’est pas un PEM valide : collez le bloc "
					+ "entier, de -----BEGIN CERTIFICATE REQUEST----- à -----END CERTIFICATE REQUEST-----."));
		this.mvc.perform(
				post("/api/v1/certificates").with(as(ALICE)).contentType("application/json").content("{\"csr\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("unable to decode base64 string")));
	}

	@Test
	void shouldNotRevealOrRevokeAnotherParticipantsCertificate() throws Exception {
		given(this.participantCertificates.revoke(eq(9L), eq(ALICE), any(), anyString()))
			.willReturn(Revocation.NOT_FOUND);
		this.mvc.perform(post("/settings/certificate/9/revoke").with(as(ALICE)).with(csrf()))
			.andExpect(status().isNotFound());
		given(this.participantCertificates.revoke(eq(7L), eq(ALICE), eq("lost laptop"), anyString()))
			.willReturn(Revocation.REVOKED);
		this.mvc
			.perform(post("/settings/certificate/7/revoke").param("reason", "lost laptop").with(as(ALICE)).with(csrf()))
			.andExpect(flash().attribute("notice", containsString("revoked")));
	}

	@Test
	void shouldRefuseRevocationWithoutCsrfToken() throws Exception {
		this.mvc.perform(post("/settings/certificate/7/revoke").with(as(ALICE))).andExpect(status().isForbidden());
	}

	@Test
	void shouldAnswerTheApiWithAFieldNamingBadRequest() throws Exception {
		given(this.participantCertificates.issueForRequest(eq(ALICE), any(), anyString()))
			.willThrow(new CertificateRequestRejected("No certificate request"));
		this.mvc.perform(post("/api/v1/certificates").with(as(ALICE)).contentType("application/json").content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("csr: No certificate request")));
	}

	@Test
	void shouldShowOthersCertificatesToAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/api/v1/certificates").param("username", "otto").with(as(ALICE)))
			.andExpect(status().isForbidden());
		given(this.participantCertificates.of(anyLong())).willReturn(List.of());
		this.mvc.perform(get("/api/v1/certificates").param("username", "otto").with(as(ADAM)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/certificates").param("username", "nobody").with(as(ADAM)))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldAdmitAdministratorsRevocationOfAnyonesCertificateThroughTheApi() throws Exception {
		given(this.participantCertificates.revoke(eq(7L), eq(ADAM), eq("withdrawn"), anyString()))
			.willReturn(Revocation.REVOKED);
		this.mvc
			.perform(post("/api/v1/certificates/7/revoke").with(as(ADAM))
				.contentType("application/json")
				.content("{\"reason\":\"withdrawn\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("REVOKED"));
		given(this.participantCertificates.revoke(eq(8L), eq(ALICE), any(), anyString()))
			.willReturn(Revocation.NOT_FOUND);
		this.mvc
			.perform(
					post("/api/v1/certificates/8/revoke").with(as(ALICE)).contentType("application/json").content("{}"))
			.andExpect(status().isNotFound());
	}

}
