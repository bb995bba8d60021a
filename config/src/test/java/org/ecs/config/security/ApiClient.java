package org.ecs.config.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The JSON API over real HTTP, signed in with HTTP Basic. */
record ApiClient(int port) {

	HttpResponse<String> get(String user, String password, String path) throws IOException, InterruptedException {
		return send(user, password, HttpRequest.newBuilder(uri(path)).GET());
	}

	HttpResponse<String> post(String user, String password, String path, String json)
			throws IOException, InterruptedException {
		return send(user, password,
				HttpRequest.newBuilder(uri(path))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	HttpResponse<String> send(String user, String password, HttpRequest.Builder request)
			throws IOException, InterruptedException {
		String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(request.header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
