package org.ecs.config.fax;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in user's browser, as far as the fax tests need one: a session cookie and the
 * CSRF token every form carries.
 */
final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|"
			+ "value=\"([^\"]+)\"[^>]*name=\"_csrf\"|<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	private final String base;

	private Browser(String base) {
		this.base = base;
	}

	static Browser signIn(int port, String username, String password) throws IOException, InterruptedException {
		Browser browser = new Browser("http://localhost:" + port);
		String token = csrf(browser.get("/login").body());
		HttpResponse<String> response = browser.http.send(HttpRequest.newBuilder(browser.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token)))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.uri().getPath().startsWith("/login")) {
			throw new IllegalStateException("Sign-in as " + username + " failed");
		}
		return browser;
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Posts a multipart form as the page's form would, with the page's CSRF token. */
	HttpResponse<String> postFile(String formPage, String path, String field, String fileName, String type,
			byte[] bytes, String textField, String textValue, boolean withToken)
			throws IOException, InterruptedException {
		String token = csrf(get(formPage).body());
		String boundary = "----ecs" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (withToken) {
			part(body, boundary, "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token);
		}
		part(body, boundary, "Content-Disposition: form-data; name=\"" + textField + "\"\r\n\r\n" + textValue);
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(bytes);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void part(ByteArrayOutputStream body, String boundary, String content) {
		body.writeBytes(("--" + boundary + "\r\n" + content + "\r\n").getBytes(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on the page");
		}
		for (int i = 1; i <= matcher.groupCount(); i++) {
			if (matcher.group(i) != null) {
				return matcher.group(i);
			}
		}
		throw new IllegalStateException("No CSRF token on the page");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
