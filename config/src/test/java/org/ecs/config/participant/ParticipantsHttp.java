package org.ecs.config.participant;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ECS over plain HTTP as the participants' tests reach it: the API signed in with HTTP
 * Basic, and a browser as far as forms go.
 */
record ParticipantsHttp(int port) {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

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

	/** A new browser, with no session yet. */
	Browser browser() {
		return new Browser();
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

		/**
		 * Posts the encoded form with the CSRF token of {@code page}, a page read before.
		 */
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
