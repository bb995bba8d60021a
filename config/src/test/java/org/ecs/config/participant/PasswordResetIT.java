package org.ecs.config.participant;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import org.ecs.config.EcsIntegrationTest;
import org.ecs.core.demo.DemoData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecs.config.SandboxMail.awaitText;
import static org.ecs.config.SandboxMail.textsTo;
import static org.ecs.config.participant.ParticipantsHttp.enc;

/**
 * "Forgot your password?" on the real stack: a French-speaking person (nominated,
 * approved, invited, password set) asks for a reset link twice; the reset mail, in
 * French, reaches the sandbox's SMTP server; the older link is voided by the newer, the
 * newer sets a new password once; the person's open session ends and the reset signs no
 * one in; the old password is refused and the new one accepted. An unknown address gets
 * the same answer and no mail.
 */
@EcsIntegrationTest
class PasswordResetIT {

	static final Pattern RESET_LINK = Pattern.compile("(/password-reset/[A-Za-z0-9_-]{43})");

	static final String PASSWORD = "Reliable station calibration 2026";

	static final String NEW_PASSWORD = "Hydroacoustic triad reading 2027";

	@LocalServerPort
	int port;

	@Autowired
	GreenMail sandbox;

	final ObjectMapper json = new ObjectMapper();

	ParticipantsHttp http;

	@BeforeEach
	void connect() {
		this.http = new ParticipantsHttp(this.port);
	}

	@Test
	void shouldResetAPasswordByEmailLinkOnceAndStillRequireSigningIn() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String email = "reset-" + tag + "@example.at";
		String nominee = """
				{"name":"Rita Reset %s","title":"Seismologist","email":"%s","level":"FULL","language":"fr",
				 "languages":["fr","en"],"expertise":["seismology"],"timeZone":"Europe/Vienna"}""".formatted(tag,
				email);
		HttpResponse<String> created = this.http.api("fiona", DemoData.PASSWORD, "POST", "/api/v1/nominations",
				nominee);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode person = this.json.readTree(created.body());
		long id = person.get("id").asLong();
		String username = person.get("username").asText();
		assertThat(this.http
			.api("sam", DemoData.PASSWORD, "POST", "/api/v1/nominations/" + id + "/approve",
					"{\"invitation\":\"EMAIL\"}")
			.statusCode()).isEqualTo(200);
		Matcher invitation = Pattern.compile("(/invitation/[A-Za-z0-9_-]{43})")
			.matcher(awaitText(this.sandbox, email, "/invitation/"));
		assertThat(invitation.find()).isTrue();
		ParticipantsHttp.Browser old = this.http.browser();
		HttpResponse<String> form = old.get(invitation.group(1));
		assertThat(old.post(invitation.group(1), "password=" + enc(PASSWORD) + "&confirm=" + enc(PASSWORD), form.body())
			.statusCode()).isEqualTo(200);
		assertThat(old.signIn(username, PASSWORD).uri().getPath()).isNotEqualTo("/login");
		assertThat(old.get("/participants").uri().getPath()).as("an open session").isEqualTo("/participants");

		ParticipantsHttp.Browser browser = this.http.browser();
		assertThat(browser.get("/login").body()).contains("id=\"forgot-password\"").contains("/password-reset");
		HttpResponse<String> ask = browser.get("/password-reset");
		assertThat(ask.statusCode()).isEqualTo(200);
		assertThat(ask.body()).contains("id=\"reset-request\"").contains("id=\"reset-fax\"");
		String unknown = "nobody-" + tag + "@example.org";
		HttpResponse<String> forUnknown = browser.post("/password-reset", "who=" + enc(unknown), ask.body());
		HttpResponse<String> first = browser.post("/password-reset", "who=" + enc(email.toUpperCase()), ask.body());
		assertThat(forUnknown.statusCode()).isEqualTo(first.statusCode()).isEqualTo(200);
		assertThat(forUnknown.body()).contains("id=\"reset-sent\"");
		assertThat(answer(forUnknown.body())).as("the same answer, account or not").isEqualTo(answer(first.body()));
		await().atMost(Duration.ofSeconds(90)).until(() -> textsTo(this.sandbox, email).size() >= 2);
		String firstMail = textsTo(this.sandbox, email).stream()
			.filter((m) -> !m.contains("/invitation/"))
			.findFirst()
			.orElseThrow();
		assertThat(firstMail).as("in the person's language").contains("mot de passe");
		Matcher firstLink = RESET_LINK.matcher(firstMail);
		assertThat(firstLink.find()).as(firstMail).isTrue();

		browser.post("/password-reset", "who=" + enc(username), ask.body());
		await().atMost(Duration.ofSeconds(90)).until(() -> textsTo(this.sandbox, email).size() >= 3);
		String secondMail = textsTo(this.sandbox, email).stream()
			.filter((m) -> m.contains("/password-reset/") && !m.contains(firstLink.group(1)))
			.findFirst()
			.orElseThrow();
		Matcher secondLink = RESET_LINK.matcher(secondMail);
		assertThat(secondLink.find()).isTrue();
		assertThat(textsTo(this.sandbox, unknown)).as("no mail for an unknown address").isEmpty();

		HttpResponse<String> voided = browser.get(firstLink.group(1));
		assertThat(voided.statusCode()).as("a newer link voids the older").isEqualTo(410);
		assertThat(voided.body()).contains("id=\"reset-gone\"");

		String path = secondLink.group(1);
		HttpResponse<String> page = browser.get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"reset-password\"").contains(username);
		HttpResponse<String> weak = browser.post(path, "password=short&confirm=short", page.body());
		assertThat(weak.statusCode()).as("the same password rules").isEqualTo(400);
		HttpResponse<String> done = browser.post(path,
				"password=" + enc(NEW_PASSWORD) + "&confirm=" + enc(NEW_PASSWORD), weak.body());
		assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
		assertThat(done.body()).contains("id=\"reset-done\"");
		assertThat(browser.get("/participants").uri().getPath()).as("the reset signs no one in").isEqualTo("/login");
		HttpResponse<String> again = browser.get(path);
		assertThat(again.statusCode()).as("a link works once").isEqualTo(410);
		assertThat(again.body()).contains("id=\"reset-gone\"");

		assertThat(old.get("/participants").uri().getPath()).as("every session ended").isEqualTo("/login");
		assertThat(this.http.api(username, PASSWORD, "GET", "/api/v1/participants", null).statusCode())
			.as("the old password is refused")
			.isEqualTo(401);
		assertThat(this.http.api(username, NEW_PASSWORD, "GET", "/api/v1/participants", null).statusCode())
			.isEqualTo(200);
		ParticipantsHttp.Browser fresh = this.http.browser();
		assertThat(fresh.signIn(username, NEW_PASSWORD).uri().getPath()).isNotEqualTo("/login");
		assertThat(fresh.get("/participants").uri().getPath()).isEqualTo("/participants");

		JsonNode events = this.json.readTree(
				this.http.api("adam", DemoData.PASSWORD, "GET", "/api/v1/security-events?username=" + username, null)
					.body());
		assertThat(events.findValuesAsText("kind")).contains("PASSWORD_RESET", "PASSWORD_RESET_REQUESTED");
		assertThat(events.toString()).as("the token is never kept").doesNotContain(path.substring(16));
	}

	/** The page's answer: its main part, without the CSRF token. */
	static String answer(String page) {
		String main = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
		return ParticipantsHttp.CSRF.matcher(main).replaceAll("");
	}

}
