package org.ecs.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The JSON API as OpenAPI ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}):
 * springdoc reads the operations from the controllers; what people read about each one —
 * its summary, what it does and who may, an example request and answer — is kept in
 * {@code api/operations.yml}, one entry per {@code METHOD /path}, so the controllers stay
 * a screen long. Every operation also gets the API's one error shape ({@link ApiError})
 * for the statuses it can answer. An operation without an entry keeps springdoc's bare
 * description, and {@code ApiDocumentationIT} fails on it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String OPERATIONS = "api/operations.yml";

	static final String ERROR_SCHEMA = "ApiError";

	@Bean
	OpenAPI ecsOpenApi() {
		return new OpenAPI().info(new Info().title("ECS JSON API").version("v1").description("""
				The Experts Communication System's JSON API, under `/api/v1`. Sign in with HTTP Basic \
				(username and password; where client certificates are required, over HTTPS with yours). \
				Every answer is JSON unless the operation says otherwise (files, iCalendar, CSV). Every \
				error has one shape, `ApiError`: `{status, error, message, path}`, the message saying what \
				to change; a refusal never carries a stack trace. What a person may do through the API is \
				exactly what they may do on the pages."""))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

	@Bean
	OpenApiCustomizer ecsOperationDocs() {
		Map<String, JsonNode> entries = read();
		return (api) -> describe(api, entries);
	}

	static Map<String, JsonNode> read() {
		try (InputStream in = new ClassPathResource(OPERATIONS).getInputStream()) {
			JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
			Map<String, JsonNode> entries = new LinkedHashMap<>();
			root.fields().forEachRemaining((e) -> entries.put(e.getKey(), e.getValue()));
			return entries;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The API's descriptions (" + OPERATIONS + ") cannot be read", ex);
		}
	}

	static void describe(OpenAPI api, Map<String, JsonNode> entries) {
		if (api.getComponents() == null) {
			api.setComponents(new Components());
		}
		api.getComponents().addSchemas(ERROR_SCHEMA, errorSchema());
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			JsonNode entry = entries.get(method.name() + " " + path);
			if (entry != null) {
				describe(operation, entry);
			}
			addErrors(operation, path, item, method);
		}));
	}

	private static void describe(Operation operation, JsonNode entry) {
		operation.setSummary(text(entry, "summary"));
		operation.setDescription(text(entry, "description"));
		if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
			JsonNode byType = entry.get("requestByType");
			operation.getRequestBody().getContent().forEach((type, media) -> {
				JsonNode example = (byType != null && byType.has(type)) ? byType.get(type) : entry.get("request");
				if (example != null) {
					media.setExample(value(example));
				}
			});
		}
		JsonNode response = entry.get("response");
		String describes = text(entry, "responseDescription");
		if (operation.getResponses() == null) {
			return;
		}
		operation.getResponses().forEach((status, answer) -> {
			if (status.startsWith("2")) {
				if (describes != null) {
					answer.setDescription(describes);
				}
				if (response != null && answer.getContent() != null) {
					answer.getContent().values().forEach((media) -> media.setExample(value(response)));
				}
			}
		});
	}

	/** The statuses an operation can fail with, each in the one error shape. */
	private static void addErrors(Operation operation, String path, PathItem item, PathItem.HttpMethod method) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		boolean takesInput = operation.getRequestBody() != null
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
		if (takesInput) {
			error(operation, 400, "Bad Request", "language: give one of ar, zh, en, fr, ru, es (ISO 639-1).", path);
		}
		error(operation, 401, "Unauthorized", "Sign in with HTTP Basic: username and password.", path);
		error(operation, 403, "Forbidden", "You are not allowed to do this.", path);
		if (path.contains("{")) {
			error(operation, 404, "Not Found", "No such resource, or not one you may see.", path);
		}
	}

	private static void error(Operation operation, int status, String reason, String message, String path) {
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("status", status);
		example.put("error", reason);
		example.put("message", message);
		example.put("path", path.replaceAll("\\{[^}]+}", "1"));
		operation.getResponses()
			.put(String.valueOf(status),
					new ApiResponse().description(reason + ": the reason in `message`")
						.content(new Content().addMediaType("application/json",
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA))
									.addExamples(reason, new Example().value(example)))));
	}

	@SuppressWarnings("rawtypes")
	private static Schema errorSchema() {
		return new ObjectSchema().description("Every error of the API: never a stack trace.")
			.addProperty("status", new IntegerSchema().description("the HTTP status").example(400))
			.addProperty("error", new StringSchema().description("the status's reason phrase").example("Bad Request"))
			.addProperty("message",
					new StringSchema().description("what went wrong and what to change")
						.example("title: a new document needs its title."))
			.addProperty("path", new StringSchema().description("the request's path").example("/api/v1/documents"))
			.required(List.of("status", "error", "message", "path"));
	}

	private static String text(JsonNode entry, String field) {
		JsonNode value = entry.get(field);
		return (value == null || value.isNull()) ? null : value.asText().strip();
	}

	/** A scalar example as itself, a structured one as the JSON it shows. */
	private static Object value(JsonNode example) {
		return example.isValueNode() ? example.asText() : example;
	}

}
