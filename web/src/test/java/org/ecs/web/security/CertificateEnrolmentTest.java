package org.ecs.web.security;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a session granted a certificate enrolment (by the invitation) may reach without a
 * certificate: the certificate page, one issue there, the download; the open pages and
 * files; nothing else, and nothing for another account.
 */
class CertificateEnrolmentTest {

	final MockHttpSession session = new MockHttpSession();

	MockHttpServletRequest request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setSession(this.session);
		return request;
	}

	@Test
	void shouldOpenOnlyTheCertificatePageToTheAccountItWasGrantedFor() {
		assertThat(CertificateEnrolment.allows(request("GET", "/settings/certificate"), "nora")).isFalse();
		CertificateEnrolment.grant(this.session, "nora");
		assertThat(CertificateEnrolment.allows(request("GET", "/settings/certificate"), "nora")).isTrue();
		assertThat(CertificateEnrolment.allows(request("POST", "/settings/certificate"), "nora")).isTrue();
		assertThat(CertificateEnrolment.allows(request("GET", "/settings/certificate"), "alice")).isFalse();
		assertThat(CertificateEnrolment.allows(request("GET", "/settings"), "nora")).isFalse();
		assertThat(CertificateEnrolment.allows(request("GET", "/settings/certificates-of-others"), "nora")).isFalse();
		assertThat(CertificateEnrolment.allows(request("GET", "/participants"), "nora")).isFalse();
	}

	@Test
	void shouldIssueOnceAndEndWithTheDownload() {
		CertificateEnrolment.grant(this.session, "nora");
		CertificateEnrolment.issued(request("POST", "/settings/certificate"));
		assertThat(CertificateEnrolment.allows(request("POST", "/settings/certificate"), "nora"))
			.as("a second certificate")
			.isFalse();
		assertThat(CertificateEnrolment.allows(request("POST", "/settings/certificate/csr"), "nora")).isFalse();
		assertThat(CertificateEnrolment.allows(request("GET", "/settings/certificate"), "nora")).isTrue();
		assertThat(CertificateEnrolment.allows(request("GET", "/settings/certificate/download/x"), "nora")).isTrue();
		CertificateEnrolment.consume(request("GET", "/settings/certificate/download/x"));
		assertThat(CertificateEnrolment.granted(request("GET", "/settings/certificate"), "nora")).isFalse();
		assertThat(CertificateEnrolment.allows(request("GET", "/settings/certificate"), "nora")).isFalse();
	}

	@Test
	void shouldCountOnlyPublicPagesAndFilesAsOpen() {
		assertThat(CertificateEnrolment.open(request("GET", "/css/ecs.css"))).isTrue();
		assertThat(CertificateEnrolment.open(request("GET", "/login"))).isTrue();
		assertThat(CertificateEnrolment.open(request("GET", "/webjars/htmx.org/2.0.4/dist/htmx.min.js"))).isTrue();
		assertThat(CertificateEnrolment.open(request("GET", "/loginx"))).isFalse();
		assertThat(CertificateEnrolment.open(request("GET", "/inbox/stream"))).isFalse();
		assertThat(CertificateEnrolment.open(request("GET", "/api/v1/participants"))).isFalse();
	}

}
