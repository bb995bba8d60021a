package org.ecs.config.participant;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.ecs.config.EcsIntegrationTest;
import org.ecs.core.demo.DemoData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	static final Pattern RESET_LINK = Pattern.compile("(/password-reset/[A-Za-z0-9_-]{43})");

	static final String PASSWORD = "Reliable station calibration 2026";

	static final String NEW_PASSWORD = "Hydroacoustic triad reading 2027";

	@LocalServerPort
	int port;

	@Autowired
	GreenMail sandbox;

	final ObjectMapper json = new ObjectMapper();

	@Test
	void shouldResetAPasswordByEmailLinkOnceAndStillRequireSigningIn() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String email = "reset-" + tag + "@example.at";
		String nominee = """
				{"name":"Rita Reset %s","title":"Seismologist","email":"%s","level":"FULL","language":"fr",
				 "languages":["fr","en"],"expertise":["seismology"],"timeZone":"Europe/Vienna"}""".formatted(tag,
				email);
		HttpResponse<String> created = api("fiona", DemoData.PASSWORD, "POST", "/api/v1/nominations", nominee);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode person = this.json.readTree(created.body());
		long id = person.get("id").asLong();
		String username = person.get("username").asText();
		assertThat(api("sam", DemoData.PASSWORD, "POST", "/api/v1/nominations/" + id + "/approve",
				"{\"invitation\":\"EMAIL\"}")
			.statusCode()).isEqualTo(200);
		Matcher invitation = Pattern.compile("(/invitation/[A-Za-z0-9_-]{43})")
			.matcher(awaitMail(email, "/invitation/"));
		assertThat(invitation.find()).isTrue();
		Browser old = new Browser();
		HttpResponse<String> form = old.get(invitation.group(1));
		assertThat(old.post(invitation.group(1), "password=" + enc(PASSWORD) + "&confirm=" + enc(PASSWORD), form.body())
			.statusCode()).isEqualTo(200);
		assertThat(old.signIn(username, PASSWORD).uri().getPath()).isNotEqualTo("/login");
		assertThat(old.get("/participants").uri().getPath()).as("an open session").isEqualTo("/participants");

		Browser browser = new Browser();
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
		await().atMost(Duration.ofSeconds(90)).until(() -> mailTo(email).size() >= 2);
		String firstMail = mailTo(email).stream().filter((m) -> !m.contains("/invitation/")).findFirst().orElseThrow();
		assertThat(firstMail).as("in the person's language").contains("mot de passe");
		Matcher firstLink = RESET_LINK.matcher(firstMail);
		assertThat(firstLink.find()).as(firstMail).isTrue();

		browser.post("/password-reset", "who=" + enc(username), ask.body());
		await().atMost(Duration.ofSeconds(90)).until(() -> mailTo(email).size() >= 3);
		String secondMail = mailTo(email).stream()
			.filter((m) -> m.contains("/password-reset/") && !m.contains(firstLink.group(1)))
			.findFirst()
			.orElseThrow();
		Matcher secondLink = RESET_LINK.matcher(secondMail);
		assertThat(secondLink.find()).isTrue();
		assertThat(mailTo(unknown)).as("no mail for an unknown address").isEmpty();

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
		assertThat(api(username, PASSWORD, "GET", "/api/v1/participants", null).statusCode())
			.as("the old password is refused")
			.isEqualTo(401);
		assertThat(api(username, NEW_PASSWORD, "GET", "/api/v1/participants", null).statusCode()).isEqualTo(200);
		Browser fresh = new Browser();
		assertThat(fresh.signIn(username, NEW_PASSWORD).uri().getPath()).isNotEqualTo("/login");
		assertThat(fresh.get("/participants").uri().getPath()).isEqualTo("/participants");

		JsonNode events = this.json.readTree(
				api("adam", DemoData.PASSWORD, "GET", "/api/v1/security-events?username=" + username, null).body());
		assertThat(events.findValuesAsText("kind")).contains("PASSWORD_RESET", "PASSWORD_RESET_REQUESTED");
		assertThat(events.toString()).as("the token is never kept").doesNotContain(path.substring(16));
	}

	/** The page's answer: its main part, without the CSRF token. */
	static String answer(String page) {
		String main = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
		return CSRF.matcher(main).replaceAll("");
	}

	String awaitMail(String address, String containing) {
		await().until(() -> mailTo(address).stream().anyMatch((m) -> m.contains(containing)));
		return mailTo(address).stream().filter((m) -> m.contains(containing)).findFirst().orElseThrow();
	}

	List<String> mailTo(String address) {
		while (true) {
			try {
				return this.sandbox
					.findReceivedMessages((user) -> address.equalsIgnoreCase(user.getEmail()), (m) -> true)
					.map(PasswordResetIT::text)
					.toList();
			}
			catch (java.util.ConcurrentModificationException ex) {
				// a mail was delivered while the mailbox was read: read it again
			}
		}
	}

	static String text(MimeMessage message) {
		try {
			return plain(message);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String plain(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return part.getContent().toString();
		}
		StringBuilder all = new StringBuilder();
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				all.append(plain(multipart.getBodyPart(i)));
			}
		}
		return all.toString();
	}

	HttpResponse<String> api(String user, String password, String method, String path, String body)
			throws IOException, InterruptedException {
		return send(user, password, method, path, body, "application/json");
	}

	HttpResponse<String> send(String user, String password, String method, String path, String body, String type)
			throws IOException, InterruptedException {
		String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Basic " + basic)
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", type);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	/** A browser as far as forms go: cookies, redirects, the CSRF token of the page. */
	final class Browser {

		final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String form, String page) throws IOException, InterruptedException {
			Matcher token = CSRF.matcher(page);
			assertThat(token.find()).as("the page has a CSRF token").isTrue();
			return this.http.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(token.group(1))))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
			return post("/login", "username=" + enc(username) + "&password=" + enc(password), get("/login").body());
		}

	}

}
