package org.ecs.config.security;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.UUID;

import org.ecs.config.EcsIntegrationTest;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.NewParticipant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.participant.Role;
import org.ecs.core.security.SecurityEvents;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in throttling, health details, the session cookie and the error path on the real
 * server (Tomcat, the real password encoder, PostgreSQL for the audit trail).
 */
@EcsIntegrationTest
class WebHardeningIT {

	@Autowired
	ParticipantDirectory participants;

	@Autowired
	SecurityEvents audit;

	@LocalServerPort
	int port;

	@Test
	void shouldRefuseTheRightPasswordAfterSixtyWrongOnesAndAuditTheLockout() throws Exception {
		String username = "target-" + UUID.randomUUID().toString().substring(0, 8);
		this.participants.add(new NewParticipant(username, "Target", null, null, null, "en", Level.FULL,
				EnumSet.of(Role.PARTICIPANT), EnumSet.of(Channel.WEB), "the-right-one"));
		ApiClient api = new ApiClient(this.port);
		for (int i = 0; i < 60; i++) {
			int status = api.get(username, "wrong-" + i, "/api/v1/discussions").statusCode();
			assertThat(status).isIn(401, 429);
		}
		HttpResponse<String> right = api.get(username, "the-right-one", "/api/v1/discussions");
		assertThat(right.statusCode()).isEqualTo(429);
		assertThat(right.headers().firstValue("Retry-After")).isPresent();
		assertThat(right.body()).contains("Too many failed sign-ins");
		assertThat(this.audit.latest(username, 100)).extracting(SecurityEvents.SecurityEvent::kind)
			.containsOnly(SecurityEvents.Kind.SIGN_IN_FAILED, SecurityEvents.Kind.LOCKED_OUT)
			.filteredOn((k) -> k == SecurityEvents.Kind.SIGN_IN_FAILED)
			.hasSize(5);

		FormSession browser = new FormSession(this.port);
		HttpResponse<String> page = browser.signIn(username, "the-right-one");
		assertThat(page.uri().getPath()).isEqualTo("/login");
		assertThat(page.body()).contains("Too many failed sign-ins");
	}

	@Test
	void shouldShowHealthDetailsToAdministratorsOnly() throws Exception {
		String admin = "health-admin-" + UUID.randomUUID().toString().substring(0, 8);
		String user = "health-user-" + UUID.randomUUID().toString().substring(0, 8);
		this.participants.add(new NewParticipant(admin, "Admin", null, null, null, "en", Level.FULL,
				EnumSet.of(Role.ADMINISTRATOR), EnumSet.of(Channel.WEB), "secret"));
		this.participants.add(new NewParticipant(user, "User", null, null, null, "en", Level.FULL,
				EnumSet.of(Role.PARTICIPANT), EnumSet.of(Channel.WEB), "secret"));
		ApiClient api = new ApiClient(this.port);

		HttpResponse<String> anonymous = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(api.uri("/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.body()).contains("\"status\"").doesNotContain("components").doesNotContain("db");
		assertThat(api.get(user, "secret", "/actuator/health").body()).doesNotContain("components");
		assertThat(api.get(admin, "secret", "/actuator/health").body()).contains("components").contains("db");
	}

	@Test
	void shouldSendTheSessionCookieSameSiteAndHttpOnly() throws Exception {
		HttpResponse<String> login = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(new ApiClient(this.port).uri("/login")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
				.containsIgnoringCase("SameSite=Lax")
				.containsIgnoringCase("HttpOnly"));
	}

	@Test
	void shouldAnswerADirectLookAtTheErrorPathWith404() throws Exception {
		HttpResponse<String> error = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(new ApiClient(this.port).uri("/error")).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(error.statusCode()).isEqualTo(404);
		assertThat(error.body()).contains("Not found");
	}

}
