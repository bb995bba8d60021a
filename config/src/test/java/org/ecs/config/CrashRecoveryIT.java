package org.ecs.config;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kills ECS with SIGKILL while contributions wait in its queues and are in flight, starts
 * it again on the same data, and checks that every contribution is committed exactly once
 * and every notification delivered. Runs the packaged application as a separate process,
 * as in production.
 */
class CrashRecoveryIT {

	static final int APPROVED = 30;

	static final int WAITING = 20;

	/** Discussion 1 of the demo data: its audience less the author (alice). */
	static final int RECIPIENTS = 6;

	/** bruno and cora read email among them. */
	static final int EMAIL_RECIPIENTS = 2;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	Process ecs;

	Path data;

	/**
	 * The last run is stopped as an operator would (its embedded PostgreSQL stops with
	 * it; a kill would leave that server running), and its data removed.
	 */
	@AfterEach
	void stop() throws Exception {
		if (this.ecs != null) {
			this.ecs.destroy();
			if (!this.ecs.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
				this.ecs.destroyForcibly().waitFor();
			}
		}
		if (this.data != null) {
			org.springframework.util.FileSystemUtils.deleteRecursively(this.data);
		}
	}

	@Test
	void shouldCommitEveryContributionExactlyOnceAfterAKill() throws Exception {
		Path data = Files.createTempDirectory("ecs-crash");
		this.data = data;
		int httpPort = freePort();
		int pgPort = freePort();
		List<String> args = List.of("--server.port=" + httpPort, "--ecs.embedded.postgres-port=" + pgPort,
				"--ecs.embedded.postgres-dir=" + data.resolve("postgres"),
				"--spring.artemis.embedded.data-directory=" + data.resolve("artemis"),
				"--ecs.blob.dir=" + data.resolve("blobs"), "--ecs.sandbox.smtp-port=" + freePort(),
				"--ecs.sandbox.imap-port=" + freePort());

		this.ecs = start(args, data.resolve("first.log"));
		awaitUp(httpPort);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < APPROVED; i++) {
			ids.add(post(httpPort, "Approved before the crash " + i));
		}
		await().atMost(Duration.ofSeconds(60))
			.until(() -> count(pgPort, "select count(*) from review_item") == APPROVED);
		for (String id : ids) {
			send(httpPort, "cora", "POST", "/api/v1/review/items/" + id + "/approve", "{}");
		}
		for (int i = 0; i < WAITING; i++) {
			post(httpPort, "Waiting when it crashed " + i);
		}
		this.ecs.destroyForcibly().waitFor();

		this.ecs = start(args, data.resolve("second.log"));
		awaitUp(httpPort);
		try {
			await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> count(pgPort, """
					select count(*) from notification_delivery d join notification n on n.id = d.notification_id
					where n.kind = 'COMMENT_PUBLISHED' and ((d.channel = 'EMAIL' and d.status = 'SENT')
					   or (d.channel = 'WEB' and d.status = 'DELIVERED'))
					""") == APPROVED * (RECIPIENTS + EMAIL_RECIPIENTS));
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			throw new AssertionError("Deliveries after the restart: " + breakdown(pgPort), ex);
		}
		assertThat(count(pgPort, "select count(*) from comment")).isEqualTo(APPROVED);
		assertThat(count(pgPort, "select count(distinct contribution_id) from comment")).isEqualTo(APPROVED);
		assertThat(count(pgPort, "select count(*) from contribution where status = 'PUBLISHED'")).isEqualTo(APPROVED);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> count(pgPort, "select count(*) from contribution where status = 'PENDING_REVIEW'") == WAITING);
		assertThat(count(pgPort, "select count(*) from contribution")).isEqualTo(APPROVED + WAITING);
		assertThat(count(pgPort, "select count(*) from notification where kind = 'COMMENT_PUBLISHED'"))
			.isEqualTo(APPROVED * RECIPIENTS);
	}

	private Process start(List<String> args, Path log) throws IOException {
		Path jar = Path.of("target", "ecs-app.jar").toAbsolutePath();
		List<String> command = new ArrayList<>(
				List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m", "-jar", jar.toString()));
		command.addAll(args);
		ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		pb.environment().put("OMP_THREAD_LIMIT", "1");
		return pb.start();
	}

	private void awaitUp(int port) {
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
			assertThat(this.ecs.isAlive()).as("ECS process alive").isTrue();
			return this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body()
				.startsWith("{\"status\":\"UP\"");
		});
	}

	private String post(int port, String text) throws Exception {
		String body = send(port, "alice", "POST", "/api/v1/discussions/1/comments", "{\"text\":\"" + text + "\"}");
		Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(body);
		assertThat(m.find()).as(body).isTrue();
		return m.group(1);
	}

	private String send(int port, String user, String method, String path, String json) throws Exception {
		String auth = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Basic " + auth)
				.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
		return response.body();
	}

	/** Where the pipeline stands, for a failure message a person can act on. */
	private static String breakdown(int pgPort) throws SQLException {
		StringBuilder sb = new StringBuilder();
		try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/postgres",
				"postgres", ""); ResultSet rs = c.createStatement().executeQuery("""
						select 'delivery ' || channel || ' ' || status, count(*) from notification_delivery
						group by channel, status
						union all select 'contribution ' || status, count(*) from contribution group by status
						union all select 'comments', count(*) from comment
						order by 1
						""")) {
			while (rs.next()) {
				sb.append(rs.getString(1)).append('=').append(rs.getLong(2)).append("; ");
			}
		}
		return sb.toString();
	}

	private static long count(int pgPort, String sql) throws SQLException {
		try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/postgres",
				"postgres", ""); ResultSet rs = c.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

}
