package org.ecs.web.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ecs.core.participant.Level;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.ecs.core.security.SecurityEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.times;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class SecurityTest extends WebSliceTest {

	@Autowired
	PasswordEncoder passwords;

	@Test
	void shouldShowOwnLoginPageWithStableFields() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(view().name("login"))
			.andExpect(content().string(containsString("name=\"username\"")))
			.andExpect(content().string(containsString("name=\"password\"")))
			.andExpect(content().string(containsString("id=\"login\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void shouldSendStrangersToTheLoginPage() throws Exception {
		this.mvc.perform(get("/discussions"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("**/login"));
	}

	@Test
	void shouldTellHtmxToLoadTheLoginPageWhenTheSessionIsGone() throws Exception {
		this.mvc.perform(get("/inbox/list").header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login"));
	}

	@Test
	void shouldSignInWithTheDirectoryPasswordAndGrantRolesAndLevel() throws Exception {
		given(this.directory.passwordHash("cora")).willReturn(Optional.of(this.passwords.encode("secret")));
		this.mvc.perform(formLogin().user("cora").password("secret"))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername("cora")
				.withAuthorities(ParticipantUserDetailsService.authorities(CORA)));
	}

	@Test
	void shouldRefuseAWrongPassword() throws Exception {
		given(this.directory.passwordHash("alice")).willReturn(Optional.of(this.passwords.encode("secret")));
		this.mvc.perform(formLogin().user("alice").password("guess"))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void shouldRefuseADeactivatedAccount() throws Exception {
		given(this.directory.findByUsername("gone")).willReturn(Optional.of(new Participant(9, "gone", "Gone", null,
				null, null, "en", Level.FULL, Set.of(Role.PARTICIPANT), Set.of(), false)));
		given(this.directory.passwordHash("gone")).willReturn(Optional.empty());
		this.mvc.perform(formLogin().user("gone").password("secret")).andExpect(unauthenticated());
	}

	@Test
	void shouldThrottleGuessesAtOneAccountBeforeHashingAndTellTheScriptWhenToRetry() throws Exception {
		Participant brute = participant(21, "brute", "Brute Target", Level.FULL, Role.PARTICIPANT);
		given(this.directory.findByUsername("brute")).willReturn(Optional.of(brute));
		given(this.directory.passwordHash("brute")).willReturn(Optional.of(this.passwords.encode("right")));
		int unauthorized = 0;
		int throttled = 0;
		for (int i = 0; i < 60; i++) {
			int status = this.mvc
				.perform(get("/api/v1/discussions").with(httpBasic("brute", "wrong-" + i)).with(from("10.0.0.21")))
				.andReturn()
				.getResponse()
				.getStatus();
			unauthorized += (status == 401) ? 1 : 0;
			throttled += (status == 429) ? 1 : 0;
		}
		assertThat(unauthorized).isEqualTo(5);
		assertThat(throttled).isEqualTo(55);
		this.mvc.perform(get("/api/v1/discussions").with(httpBasic("brute", "right")).with(from("10.0.0.22")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.message").value(containsString("Too many failed sign-ins")));
		// the password was looked at five times only: the other 56 were refused before
		// BCrypt
		then(this.directory).should(times(5)).passwordHash("brute");
		then(this.securityEvents).should(times(5))
			.record(eq(SecurityEvents.Kind.SIGN_IN_FAILED), eq("brute"), eq("10.0.0.21"), any(), any());
		then(this.securityEvents).should()
			.record(eq(SecurityEvents.Kind.LOCKED_OUT), eq("brute"), eq("10.0.0.21"),
					contains("account locked for 15 min"), any());
	}

	@Test
	void shouldPauseTheLoginFormWithAMessageAfterTooManyWrongPasswords() throws Exception {
		Participant brute = participant(22, "formbrute", "Form Target", Level.FULL, Role.PARTICIPANT);
		given(this.directory.findByUsername("formbrute")).willReturn(Optional.of(brute));
		given(this.directory.passwordHash("formbrute")).willReturn(Optional.of(this.passwords.encode("right")));
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(loginForm("formbrute", "wrong", "10.0.0.23")).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(loginForm("formbrute", "right", "10.0.0.23"))
			.andExpect(redirectedUrl("/login?locked=15"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/login").param("locked", "15"))
			.andExpect(content().string(containsString("Too many failed sign-ins")))
			.andExpect(content().string(containsString("try again in 15 minutes")));
	}

	@Test
	void shouldThrottleOneAddressTryingManyAccounts() throws Exception {
		for (int i = 0; i < 30; i++) {
			this.mvc.perform(get("/api/v1/discussions").with(httpBasic("nobody-" + i, "guess")).with(from("10.0.0.30")))
				.andExpect(status().isUnauthorized());
		}
		given(this.directory.passwordHash("cora")).willReturn(Optional.of(this.passwords.encode("secret")));
		this.mvc.perform(get("/api/v1/discussions").with(httpBasic("cora", "secret")).with(from("10.0.0.30")))
			.andExpect(status().isTooManyRequests());
		this.mvc.perform(get("/api/v1/discussions").with(httpBasic("cora", "secret")).with(from("10.0.0.31")))
			.andExpect(status().isOk());
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder loginForm(String user,
			String password, String address) {
		return post("/login").param("username", user)
			.param("password", password)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(from(address));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void shouldShowTheSecurityAuditTrailToAdministratorsOnly() throws Exception {
		given(this.securityEvents.search("brute", null, null, null, 100))
			.willReturn(List.of(new SecurityEvents.SecurityEvent(SecurityEvents.Kind.LOCKED_OUT, "brute", "10.0.0.21",
					"account locked for 15 min after 5 failures", java.time.Instant.parse("2026-03-10T12:00:00Z"))));
		this.mvc.perform(get("/api/v1/security-events").param("username", "brute").with(as(ALICE)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/security-events").param("username", "brute").with(as(ADAM)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("LOCKED_OUT"))
			.andExpect(jsonPath("$[0].address").value("10.0.0.21"));
		given(this.securityEvents.search(null, SecurityEvents.Kind.LOCKED_OUT,
				java.time.Instant.parse("2026-03-01T00:00:00Z"), null, 50_000))
			.willReturn(List.of(new SecurityEvents.SecurityEvent(SecurityEvents.Kind.LOCKED_OUT, "=cmd|' /C calc'!A0",
					"10.0.0.21", "said \"hi\"", java.time.Instant.parse("2026-03-10T12:00:00Z"))));
		this.mvc
			.perform(get("/api/v1/security-events/export?kind=LOCKED_OUT&from=2026-03-01T00:00:00Z").with(as(ALICE)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/security-events/export?kind=LOCKED_OUT&from=2026-03-01T00:00:00Z").with(as(ADAM)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"2026-03-10T12:00:00Z,LOCKED_OUT,\"'=cmd|' /C calc'!A0\",\"10.0.0.21\",\"said \"\"hi\"\"\"\r\n")));
	}

	@Test
	void shouldAnswerADirectLookAtTheErrorPathAsNotFound() throws Exception {
		this.mvc.perform(get("/error").accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"))
			.andExpect(content().string(containsString("Not found")));
		this.mvc.perform(get("/error")).andExpect(status().isNotFound()).andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void shouldLogOutWithCsrf() throws Exception {
		this.mvc.perform(logout()).andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void shouldRefuseAFormPostWithoutCsrfToken() throws Exception {
		this.mvc.perform(post("/inbox/read-all").with(as(ALICE))).andExpect(status().isForbidden());
	}

	@Test
	void shouldSendStrictSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().exists("Referrer-Policy"));
	}

	@Test
	void shouldAnswerApiStrangersWithJson401() throws Exception {
		this.mvc.perform(get("/api/v1/discussions"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.error").value("Unauthorized"))
			.andExpect(jsonPath("$.path").value("/api/v1/discussions"))
			.andExpect(jsonPath("$.message").isString());
	}

	@Test
	void shouldAcceptHttpBasicOnTheApiWithoutSessionOrCsrf() throws Exception {
		given(this.directory.passwordHash("alice")).willReturn(Optional.of(this.passwords.encode("secret")));
		this.mvc.perform(post("/api/v1/notifications/read-all").with(httpBasic("alice", "secret")))
			.andExpect(status().isNoContent())
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void shouldKeepHealthPublicAndTheRestOfActuatorForAdministrators() throws Exception {
		// no actuator in this slice: 404 means the request got past security
		this.mvc.perform(get("/actuator/health")).andExpect(status().isNotFound());
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/prometheus").with(as(ALICE))).andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").with(as(ADAM))).andExpect(status().isNotFound());
	}

	@Test
	void shouldKeepReviewAndDeadLettersForTheirRoles() throws Exception {
		this.mvc.perform(get("/review").with(as(ALICE))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/dead-letters").with(as(CORA))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/review/items").with(as(ALICE)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
		this.mvc.perform(get("/api/v1/dead-letters").with(as(CORA))).andExpect(status().isForbidden());
	}

}
