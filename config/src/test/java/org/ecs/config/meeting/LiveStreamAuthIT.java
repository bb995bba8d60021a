package org.ecs.config.meeting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ecs.config.EcsIntegrationTest;
import org.ecs.config.security.FormSession;
import org.ecs.core.demo.DemoData;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may watch a live stream from an outside media server: the meeting's page gives a
 * signed-in person a short-lived token for that meeting's path, and the media server's
 * authentication hook (MediaMTX's {@code authHTTPAddress}, its JSON as MediaMTX posts it)
 * answers 200 only to a reader with a valid token for that very path; anything else 401.
 */
@EcsIntegrationTest
class LiveStreamAuthIT {

	@LocalServerPort
	int port;

	final ObjectMapper json = new ObjectMapper();

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void shouldLetTheMediaServerAdmitOnlyReadersWithATokenForThatPath() throws Exception {
		LocalDateTime vienna = LocalDateTime.now(ZoneId.of("Europe/Vienna")).truncatedTo(ChronoUnit.MINUTES);
		HttpResponse<String> created = api("sam", "POST", "/api/v1/meetings", """
				{"body":"ADVISORY_GROUP","title":"Advisory Group, live %d","start":"%s","end":"%s"}"""
			.formatted(System.nanoTime(), vienna.minusMinutes(30), vienna.plusHours(3)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long meeting = this.json.readTree(created.body()).at("/meeting/id").asLong();
		String path = "ecs/ag-" + meeting;
		String token = "/meetings/" + meeting + "/live/token";

		FormSession alice = new FormSession(this.port);
		alice.signIn("alice", DemoData.PASSWORD);
		assertThat(alice.get(token).statusCode()).as("not live yet").isEqualTo(404);
		HttpResponse<String> live = api("sam", "PUT", "/api/v1/meetings/" + meeting + "/live",
				"{\"url\":\"https://media.example.org/" + path + "/index.m3u8\"}");
		assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
		assertThat(alice.get("/meetings/" + meeting).body()).contains("data-token-url=\"" + token + "\"");
		HttpResponse<String> issued = alice.get(token);
		assertThat(issued.statusCode()).isEqualTo(200);
		assertThat(issued.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		JsonNode body = this.json.readTree(issued.body());
		assertThat(body.get("path").asText()).isEqualTo(path);
		assertThat(body.get("lifetimeSeconds").asLong()).isPositive();
		String t = body.get("token").asText();

		assertThat(hook("read", path, "token=" + t, null)).isEqualTo(200);
		assertThat(hook("read", path, "", t)).as("as the password").isEqualTo(200);
		assertThat(hook("read", "ecs/ag-other", "token=" + t, null)).as("another path").isEqualTo(401);
		assertThat(hook("publish", path, "token=" + t, null)).as("only reading").isEqualTo(401);
		assertThat(hook("read", path, "", null)).as("no token").isEqualTo(401);
		assertThat(hook("read", path, "token=" + t.substring(0, t.length() - 2) + "xx", null)).as("tampered")
			.isEqualTo(401);
		assertThat(post("not json")).isEqualTo(401);

		HttpResponse<String> anonymous = this.http.send(HttpRequest.newBuilder(url(token)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).as("no token without signing in").isIn(302, 401);
		assertThat(anonymous.body()).doesNotContain("token");
	}

	int hook(String action, String path, String query, String password) throws Exception {
		return post(this.json
			.writeValueAsString(java.util.Map.of("user", "", "password", (password != null) ? password : "", "ip",
					"203.0.113.7", "action", action, "path", path, "protocol", "hls", "id", "", "query", query)));
	}

	int post(String body) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(url("/hooks/media-server/auth"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString())
			.statusCode();
	}

	URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	HttpResponse<String> api(String user, String method, String path, String body) throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((user + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(url(path))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
