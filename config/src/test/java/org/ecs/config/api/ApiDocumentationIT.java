package org.ecs.config.api;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.ecs.config.EcsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API as OpenAPI, served by the running application: every {@code /api/v1}
 * operation is described, with an example and the one error shape; the document module's
 * contract (issue 9) is there; and only people signed in read it.
 */
@EcsIntegrationTest
class ApiDocumentationIT {

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	final ObjectMapper json = new ObjectMapper();

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void shouldDescribeEveryApiOperationWithAnExampleAndTheErrorShape() throws Exception {
		JsonNode api = apiDocs();
		List<String> problems = new ArrayList<>();
		List<String> operations = new ArrayList<>();
		api.get("paths").fields().forEachRemaining((path) -> path.getValue().fields().forEachRemaining((method) -> {
			if (!METHODS.contains(method.getKey())) {
				return;
			}
			String name = method.getKey().toUpperCase() + " " + path.getKey();
			operations.add(name);
			JsonNode op = method.getValue();
			if (blank(op, "summary") || blank(op, "description")) {
				problems
					.add(name + ": no summary or description (add it to web/src/main/resources/api/operations.yml)");
			}
			JsonNode body = op.path("requestBody").path("content");
			body.fields().forEachRemaining((media) -> {
				if (!media.getValue().has("example") && !media.getValue().has("examples")) {
					problems.add(name + ": no example of the " + media.getKey() + " request");
				}
			});
			boolean answersSomething = false;
			boolean example = false;
			for (var answer = op.path("responses").fields(); answer.hasNext();) {
				var response = answer.next();
				if (!response.getKey().startsWith("2")) {
					continue;
				}
				for (var media = response.getValue().path("content").fields(); media.hasNext();) {
					answersSomething = true;
					JsonNode m = media.next().getValue();
					example |= m.has("example") || m.has("examples");
				}
			}
			if (answersSomething && !example) {
				problems.add(name + ": no example of the answer");
			}
			if (!answersSomething && body.isMissingNode()) {
				// nothing sent, nothing answered (204): the description is the whole
				// story
				if (blank(op.path("responses").path("200"), "description")
						&& blank(op.path("responses").path("204"), "description")) {
					problems.add(name + ": no description of its empty answer");
				}
			}
			JsonNode unauthorized = op.path("responses").path("401").path("content").path("application/json");
			if (!unauthorized.path("schema").path("$ref").asText().endsWith("/ApiError")
					|| !unauthorized.has("examples")) {
				problems.add(name + ": no 401 in the API's error shape");
			}
		}));

		assertThat(operations).hasSizeGreaterThan(40);
		assertThat(problems).as("operations of /api/v1 not fully described").isEmpty();
		assertThat(api.path("components").path("schemas").path("ApiError").path("required"))
			.extracting(JsonNode::asText)
			.containsExactlyInAnyOrder("status", "error", "message", "path");
		assertThat(api.path("components").path("securitySchemes").path("basic").path("scheme").asText())
			.isEqualTo("basic");
		assertThat(operations).noneMatch((o) -> o.contains("/**"));
		// every description names an operation that exists: none left behind by a rename
		JsonNode entries;
		try (InputStream in = new ClassPathResource("api/operations.yml").getInputStream()) {
			entries = new ObjectMapper(new YAMLFactory()).readTree(in);
		}
		List<String> described = new ArrayList<>();
		entries.fieldNames().forEachRemaining(described::add);
		assertThat(operations).containsAll(described);
	}

	@Test
	void shouldHoldTheDocumentModulesContract() throws Exception {
		JsonNode paths = apiDocs().get("paths");

		JsonNode upload = paths.path("/api/v1/documents").path("post");
		JsonNode form = upload.path("requestBody").path("content").path("multipart/form-data");
		assertThat(form.path("schema").path("properties").fieldNames()).toIterable()
			.contains("symbol", "title", "language", "file");
		assertThat(form.path("schema").path("properties").path("file").path("format").asText()).isEqualTo("binary");
		assertThat(form.path("example").path("language").asText()).isEqualTo("en");
		assertThat(parameters(paths.path("/api/v1/documents").path("get"))).contains("symbol");
		assertThat(parameters(paths.path("/api/v1/documents/{id}").path("get"))).contains("id");
		assertThat(parameters(paths.path("/api/v1/documents/{id}/versions/{language}").path("get"))).contains("id",
				"language");
		assertThat(parameters(paths.path("/api/v1/search").path("get"))).contains("q");
		assertThat(paths.path("/api/v1/search").path("get").path("responses").path("200").toString())
			.contains("CTBT/PTS/INF.1234");
	}

	@Test
	void shouldServeTheDescriptionAndSwaggerUiOnlyToPeopleSignedIn() throws Exception {
		HttpResponse<String> anonymous = this.http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(),
				BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(this.json.readTree(anonymous.body()).path("status").asInt()).isEqualTo(401);
		assertThat(this.http.send(HttpRequest.newBuilder(uri("/v3/api-docs.yaml")).build(), BodyHandlers.discarding())
			.statusCode()).isEqualTo(401);
		HttpResponse<String> ui = this.http.send(HttpRequest.newBuilder(uri("/swagger-ui/index.html")).build(),
				BodyHandlers.ofString());
		assertThat(ui.statusCode()).isEqualTo(302);
		assertThat(ui.headers().firstValue("Location").orElseThrow()).endsWith("/login");

		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		Matcher token = CSRF
			.matcher(browser.send(HttpRequest.newBuilder(uri("/login")).build(), BodyHandlers.ofString()).body());
		assertThat(token.find()).isTrue();
		browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(
					"username=monica&password=demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.build(), BodyHandlers.discarding());
		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/swagger-ui.html")).build(),
				BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui-bundle.js");
		HttpResponse<String> config = browser.send(HttpRequest.newBuilder(uri("/v3/api-docs/swagger-config")).build(),
				BodyHandlers.ofString());
		assertThat(config.statusCode()).isEqualTo(200);
		assertThat(config.body()).contains("/v3/api-docs");
		HttpResponse<String> bySession = browser.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(),
				BodyHandlers.ofString());
		assertThat(bySession.statusCode()).isEqualTo(200);
	}

	private JsonNode apiDocs() throws Exception {
		HttpResponse<String> r = this.http.send(HttpRequest.newBuilder(uri("/v3/api-docs"))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("monica:demo".getBytes(StandardCharsets.UTF_8)))
			.build(), BodyHandlers.ofString());
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return this.json.readTree(r.body());
	}

	private static List<String> parameters(JsonNode operation) {
		assertThat(operation.isMissingNode()).as("operation exists").isFalse();
		List<String> names = new ArrayList<>();
		operation.path("parameters").forEach((p) -> names.add(p.path("name").asText()));
		return names;
	}

	private static boolean blank(JsonNode node, String field) {
		return node.path(field).asText("").isBlank();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
