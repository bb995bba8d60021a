package org.ecs.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import org.ecs.config.EcsApplication;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.discussion.NewDiscussion;
import org.ecs.core.discussion.ReviewPolicy;
import org.ecs.core.discussion.SubjectKind;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Throughput of the pipeline on its real parts (embedded PostgreSQL, embedded Artemis
 * with a persistent journal, the GreenMail sandbox), ECS started in this JVM:
 * <ol>
 * <li>contributions per second from API intake to committed, review policy "none", in one
 * discussion and ([1b]) across eight;</li>
 * <li>the same through the full review path, approvals sent through the API;</li>
 * <li>notifications per second to the SMTP sandbox for one comment in a discussion of
 * 1,000 participants;</li>
 * <li>the same for one network message to a State of those 1,000 participants.</li>
 * </ol>
 * Run: {@code ./mvnw -Pbench -pl bench -am -DskipTests verify -Dbench=PipelineBench
 * -Dbench.args="<contributions> [all|commit] [clients]"} (commit: [1] and [1b] only; 4
 * API clients unless given).
 */
public final class PipelineBench {

	/** Concurrent API clients: the third argument, 4 unless given. */
	static int CLIENTS = 4;

	static final int DISCUSSIONS = 8;

	static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final ConfigurableApplicationContext ecs;

	final JdbcClient jdbc;

	final int port;

	PipelineBench(ConfigurableApplicationContext ecs) {
		this.ecs = ecs;
		this.jdbc = ecs.getBean(JdbcClient.class);
		this.port = Integer.parseInt(ecs.getEnvironment().getProperty("local.server.port"));
	}

	public static void main(String[] args) throws Exception {
		String[] a = (args.length == 1) ? args[0].trim().split("\\s+") : args;
		int n = a.length > 0 && !a[0].isBlank() ? Integer.parseInt(a[0].trim()) : 1000;
		// which parts: all, or "commit" for [1] and [1b] only
		String parts = a.length > 1 ? a[1] : "all";
		CLIENTS = a.length > 2 ? Integer.parseInt(a[2].trim()) : 4;
		Path data = Files.createTempDirectory("ecs-bench");
		// command-line arguments, so they win over application.yml (builder properties
		// would not)
		ConfigurableApplicationContext ecs = new SpringApplicationBuilder(EcsApplication.class).run("--server.port=0",
				"--ecs.tls.enabled=false", "--ecs.certificates.directory=" + data.resolve("certificates"),
				"--ecs.embedded.postgres-dir=", "--spring.artemis.embedded.data-directory=" + data.resolve("artemis"),
				"--ecs.blob.dir=" + data.resolve("blobs"), "--ecs.sandbox.smtp-port=0", "--ecs.sandbox.imap-port=0",
				"--logging.level.root=WARN", "--logging.level.org.ecs=WARN");
		try {
			new PipelineBench(ecs).run(n, parts);
		}
		finally {
			ecs.close();
		}
	}

	void run(int n, String parts) throws Exception {
		System.out.printf("machine: %d cores, JDK %s, max heap %d MB, load average %s%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20, loadAverage());
		long author = person("bench-author", "FULL", "{PARTICIPANT}", "{WEB}");
		long coordinator = person("bench-coord", "FULL", "{PARTICIPANT,COORDINATOR}", "{WEB}");
		if ("fanout".equals(parts)) {
			// [3] alone for an audience of n, after a warm-up fan-out of 1,000
			measureFanOut(coordinator, 1000, "bench-warm-");
			measureFanOut(coordinator, n, "bench-reader-");
			return;
		}

		// warm-up: class loading, JIT, connection pools
		Discussion warm = discussion(ReviewPolicy.NONE, coordinator, Set.of(author));
		measureNoReview(warm, 50);

		Discussion none = discussion(ReviewPolicy.NONE, coordinator, Set.of(author));
		Result a = measureNoReview(none, n);
		System.out.printf("%n[1] policy none, %d contributions, %d API clients%n", n, CLIENTS);
		System.out.printf("    API intake accepted (202):   %8.1f /s  (%.2f s)%n", a.intakeRate(), a.intakeSeconds());
		System.out.printf("    intake -> committed:         %8.1f /s  (%.2f s)%n", a.rate(), a.seconds());

		List<Discussion> several = new ArrayList<>();
		for (int i = 0; i < DISCUSSIONS; i++) {
			several.add(discussion(ReviewPolicy.NONE, coordinator, Set.of(author)));
		}
		Result across = measureAcross(several, n);
		System.out.printf("%n[1b] policy none, %d contributions across %d discussions, %d API clients%n", n,
				DISCUSSIONS, CLIENTS);
		System.out.printf("    API intake accepted (202):   %8.1f /s  (%.2f s)%n", across.intakeRate(),
				across.intakeSeconds());
		System.out.printf("    intake -> committed:         %8.1f /s  (%.2f s)%n", across.rate(), across.seconds());
		System.out.printf("    load average after:          %s%n", loadAverage());
		if ("commit".equals(parts)) {
			return;
		}

		Discussion every = discussion(ReviewPolicy.EVERY, coordinator, Set.of(author));
		Result b = measureReviewed(every, n);
		System.out.printf("%n[2] policy every, %d contributions, posts then approvals through the API%n", n);
		System.out.printf("    API intake accepted (202):   %8.1f /s  (%.2f s)%n", b.intakeRate(), b.intakeSeconds());
		System.out.printf("    first post -> all committed: %8.1f /s  (%.2f s)%n", b.rate(), b.seconds());

		measureFanOut(coordinator, 1000, "bench-reader-");
		measureMessage(1000);
	}

	/**
	 * The notification network next to [3]: one secretariat message to a State whose
	 * 1,000 participants (the same readers) take web and email, through the notice outbox
	 * and queue.
	 */
	void measureMessage(int audience) throws Exception {
		this.jdbc.sql("insert into state (code, name) values ('BNC', 'Bench State') on conflict do nothing").update();
		this.jdbc.sql("update participant set state_code = 'BNC' where username like 'bench-reader-%'").update();
		person("bench-sec", "FULL", "{PARTICIPANT,SECRETARIAT}", "{WEB}");
		String sql = "select count(*) from notification_delivery x join notification n on n.id = x.notification_id "
				+ "where n.kind = 'MESSAGE' and x.channel = 'EMAIL' and x.status = 'SENT'";
		long start = System.nanoTime();
		sendAs("bench-sec", "POST", "/api/v1/messages",
				"{\"to\":[\"state:BNC\"],\"subject\":\"Visa letters\",\"body\":\"Letters for the session are ready.\"}");
		awaitCount(sql, audience);
		long sent = System.nanoTime();
		awaitCount("select count(*) from notification_delivery x join notification n on n.id = x.notification_id "
				+ "where n.kind = 'MESSAGE' and x.channel = 'WEB' and x.status = 'DELIVERED'", audience);
		long web = System.nanoTime();
		double s = (sent - start) / 1e9;
		System.out.printf("%n[4] one network message to a State of %d participants (web + email each)%n", audience);
		System.out.printf("    emails sent to the SMTP sandbox: %d in %.2f s = %.1f notifications/s%n", audience, s,
				audience / s);
		System.out.printf("    web inbox deliveries: %d in %.2f s%n", audience, (web - start) / 1e9);
	}

	Result measureNoReview(Discussion d, int n) throws Exception {
		long start = System.nanoTime();
		post(d, n);
		long accepted = System.nanoTime();
		awaitCount("select count(*) from comment where discussion_id = " + d.id(), n);
		long done = System.nanoTime();
		return new Result(n, accepted - start, done - start);
	}

	/** [1] spread over several discussions, posted round robin. */
	Result measureAcross(List<Discussion> ds, int n) throws Exception {
		long start = System.nanoTime();
		parallel(n, i -> send("bench-author", "POST", "/api/v1/discussions/" + ds.get(i % ds.size()).id() + "/comments",
				"{\"text\":\"Benchmark contribution " + i + "\"}"));
		long accepted = System.nanoTime();
		String ids = ds.stream().map((d) -> String.valueOf(d.id())).collect(java.util.stream.Collectors.joining(","));
		awaitCount("select count(*) from comment where discussion_id in (" + ids + ")", n);
		long done = System.nanoTime();
		return new Result(n, accepted - start, done - start);
	}

	static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (java.io.IOException ex) {
			return "?";
		}
	}

	Result measureReviewed(Discussion d, int n) throws Exception {
		long start = System.nanoTime();
		List<String> ids = post(d, n);
		long accepted = System.nanoTime();
		awaitCount("select count(*) from review_item where discussion_id = " + d.id(), n);
		parallel(ids.size(), i -> send("bench-coord", "POST", "/api/v1/review/items/" + ids.get(i) + "/approve", "{}"));
		awaitCount("select count(*) from comment where discussion_id = " + d.id(), n);
		long done = System.nanoTime();
		return new Result(n, accepted - start, done - start);
	}

	void measureFanOut(long coordinator, int audience, String prefix) throws Exception {
		String hash = this.ecs.getBean(PasswordEncoder.class).encode("bench");
		this.jdbc.sql("""
				insert into participant (username, display_name, email, level, roles, channels, password_hash)
				select ? || i, 'Reader ' || i, ? || i || '@example.org', 'FULL',
				       '{PARTICIPANT}', '{WEB,EMAIL}', ?
				from generate_series(1, ?) i
				""").params(prefix, prefix, hash, audience).update();
		List<Long> ids = this.jdbc.sql("select id from participant where username like ? || '%'")
			.param(prefix)
			.query(Long.class)
			.list();
		long author = person(prefix + "speaker", "FULL", "{PARTICIPANT}", "{WEB}");
		Set<Long> members = new java.util.HashSet<>(ids);
		members.add(author);
		Discussion d = discussion(ReviewPolicy.NONE, coordinator, members);
		GreenMail sandbox = this.ecs.getBean(GreenMail.class);
		int before = sandbox.getReceivedMessages().length;
		String sql = "select count(*) from notification_delivery x join notification n on n.id = x.notification_id "
				+ "where n.discussion_id = " + d.id() + " and x.channel = 'EMAIL' and x.status = 'SENT'";
		long cpu = processCpuNanos();
		long start = System.nanoTime();
		sendAs(prefix + "speaker", "POST", "/api/v1/discussions/" + d.id() + "/comments",
				"{\"text\":\"One comment for a thousand readers.\"}");
		awaitCount(sql, audience);
		long sent = System.nanoTime();
		awaitCount(
				"select count(*) from notification_delivery x join notification n on n.id = x.notification_id "
						+ "where n.discussion_id = " + d.id() + " and x.channel = 'WEB' and x.status = 'DELIVERED'",
				audience);
		long web = System.nanoTime();
		// the whole process (ECS, the sandbox, the bench's polling) for email and web
		// together
		double cpuMs = (processCpuNanos() - cpu) / 1e6;
		int received = sandbox.getReceivedMessages().length - before;
		double s = (sent - start) / 1e9;
		System.out.printf("%n[3] one comment, discussion of %d participants (web + email each)%n", audience + 2);
		System.out.printf(
				"    emails sent to the SMTP sandbox: %d in %.2f s = %.1f notifications/s (sandbox received %d)%n",
				audience, s, audience / s, received);
		System.out.printf("    web inbox deliveries: %d in %.2f s%n", audience, (web - start) / 1e9);
		System.out.printf("    process CPU: %.3f ms per recipient (email + web, sandbox included)%n", cpuMs / audience);
		long rawCpu = processCpuNanos();
		double raw = rawSmtp(sandbox, audience, prefix, audience + 1);
		System.out.printf(
				"    baseline, raw pooled SMTP send loop (%d connections on threads, same sandbox): "
						+ "%.1f msg/s, process CPU %.3f ms/msg%n",
				RAW_SENDERS, raw, (processCpuNanos() - rawCpu) / 1e6 / audience);
		System.out.printf("    ratio ECS / raw: %.2f   load average: %s%n", (audience / s) / raw, loadAverage());
	}

	static final int RAW_SENDERS = 4;

	/**
	 * What a plain client does: personalised messages of about 2.4 KB, each with its own
	 * token-bearing reply address, sent over a pool of connections, one per thread. The
	 * addresses are new to the sandbox and shaped as ECS's recipients' ({@code prefix}
	 * and a number from {@code first}): the sandbox makes a mailbox for each new address
	 * and finds it by comparing it with every other one (case-insensitively, those of the
	 * same length character by character), which costs more than anything else here, so
	 * both sides must pay the same for it.
	 * @return messages per second
	 */
	double rawSmtp(GreenMail sandbox, int n, String prefix, int first) throws Exception {
		java.util.Properties p = new java.util.Properties();
		p.setProperty("mail.smtp.host", "127.0.0.1");
		p.setProperty("mail.smtp.port", String.valueOf(sandbox.getSmtp().getPort()));
		jakarta.mail.Session session = jakarta.mail.Session.getInstance(p);
		String filler = "The secretariat circulated the revised draft. ".repeat(45);
		ExecutorService pool = Executors.newFixedThreadPool(RAW_SENDERS);
		long start = System.nanoTime();
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < RAW_SENDERS; t++) {
				int sender = t;
				done.add(pool.submit(() -> {
					try (jakarta.mail.Transport smtp = session.getTransport("smtp")) {
						smtp.connect();
						for (int i = sender; i < n; i += RAW_SENDERS) {
							jakarta.mail.internet.MimeMessage m = new jakarta.mail.internet.MimeMessage(session);
							m.setFrom("ecs@ecs.localhost");
							m.setReplyTo(jakarta.mail.internet.InternetAddress
								.parse("ecs+" + Integer.toHexString(i * 7919) + "@ecs.localhost"));
							m.setRecipients(jakarta.mail.Message.RecipientType.TO,
									prefix + (first + i) + "@example.org");
							m.setSubject("New comment in \"Bench\"", "UTF-8");
							m.setText("Dear reader " + i + ",\n\n" + filler, "UTF-8");
							m.saveChanges();
							smtp.sendMessage(m, m.getAllRecipients());
						}
					}
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		return n / ((System.nanoTime() - start) / 1e9);
	}

	List<String> post(Discussion d, int n) throws Exception {
		ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
		parallel(n, i -> {
			String body = send("bench-author", "POST", "/api/v1/discussions/" + d.id() + "/comments",
					"{\"text\":\"Benchmark contribution " + i + "\"}");
			Matcher m = ID.matcher(body);
			if (m.find()) {
				ids.add(m.group(1));
			}
			return body;
		});
		return new ArrayList<>(ids);
	}

	void parallel(int n, IntFunction<String> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<String>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				int k = i;
				futures.add(pool.submit(() -> task.apply(k)));
			}
			for (Future<String> f : futures) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	String send(String user, String method, String path, String json) {
		try {
			return sendAs(user, method, path, json);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	String sendAs(String user, String method, String path, String json) throws Exception {
		String auth = Base64.getEncoder().encodeToString((user + ":bench").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> r = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", "Basic " + auth)
				.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() >= 300) {
			throw new IllegalStateException(r.statusCode() + " " + r.body());
		}
		return r.body();
	}

	void awaitCount(String sql, long expected) throws InterruptedException {
		Instant limit = Instant.now().plus(Duration.ofMinutes(10));
		while (this.jdbc.sql(sql).query(Long.class).single() < expected) {
			if (Instant.now().isAfter(limit)) {
				throw new IllegalStateException("timed out waiting for " + expected + ": " + sql);
			}
			Thread.sleep(20);
		}
	}

	long person(String username, String level, String roles, String channels) {
		String hash = this.ecs.getBean(PasswordEncoder.class).encode("bench");
		return this.jdbc.sql("""
				insert into participant (username, display_name, level, roles, channels, password_hash)
				values (?, ?, ?, ?::text[], ?::text[], ?) returning id
				""").params(username, username, level, roles, channels, hash).query(Long.class).single();
	}

	Discussion discussion(ReviewPolicy policy, long coordinator, Set<Long> audience) {
		Instant now = Instant.now();
		return this.ecs.getBean(Discussions.class)
			.create(new NewDiscussion("Bench " + policy + " " + System.nanoTime(), SubjectKind.TOPIC, null, "",
					coordinator, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)), policy, audience),
					coordinator);
	}

	record Result(int n, long intakeNanos, long totalNanos) {

		double intakeSeconds() {
			return this.intakeNanos / 1e9;
		}

		double seconds() {
			return this.totalNanos / 1e9;
		}

		double intakeRate() {
			return this.n / intakeSeconds();
		}

		double rate() {
			return this.n / seconds();
		}

	}

}
