package org.ecs.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The discussion page against the API's JSON for the same discussion, side by side in one
 * run: a discussion of 210 comments (some by the signed-in reader, with their delivery
 * summaries), read by 32 concurrent connections for a fixed time each. Prints requests
 * per second and p50/p99 latency for each request kind, and the load average.
 * <p>
 * Run: {@code ./mvnw -Pbench -pl bench -am -DskipTests verify -Dbench=DiscussionPageBench
 * -Dbench.args="<seconds per kind> <connections> <comments>"}.
 */
public final class DiscussionPageBench {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	final ConfigurableApplicationContext ecs;

	final JdbcClient jdbc;

	final int port;

	DiscussionPageBench(ConfigurableApplicationContext ecs) {
		this.ecs = ecs;
		this.jdbc = ecs.getBean(JdbcClient.class);
		this.port = Integer.parseInt(ecs.getEnvironment().getProperty("local.server.port"));
	}

	public static void main(String[] args) throws Exception {
		String[] a = (args.length > 0) ? args[0].trim().split("\\s+") : new String[0];
		int seconds = (a.length > 0 && !a[0].isBlank()) ? Integer.parseInt(a[0]) : 10;
		int connections = (a.length > 1) ? Integer.parseInt(a[1]) : 32;
		int comments = (a.length > 2) ? Integer.parseInt(a[2]) : 210;
		Path data = Files.createTempDirectory("ecs-bench");
		ConfigurableApplicationContext ecs = new SpringApplicationBuilder(EcsApplication.class).run("--server.port=0",
				"--ecs.embedded.postgres-dir=", "--spring.artemis.embedded.data-directory=" + data.resolve("artemis"),
				"--ecs.blob.dir=" + data.resolve("blobs"), "--ecs.sandbox.smtp-port=0", "--ecs.sandbox.imap-port=0",
				"--logging.level.root=WARN", "--logging.level.org.ecs=WARN");
		try {
			new DiscussionPageBench(ecs).run(seconds, connections, comments);
		}
		finally {
			ecs.close();
		}
	}

	void run(int seconds, int connections, int commentCount) throws Exception {
		System.out.printf("machine: %d cores, JDK %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
		long reader = person("bench-reader", "FULL", "{PARTICIPANT}");
		long coordinator = person("bench-coordinator", "FULL", "{PARTICIPANT,COORDINATOR}");
		List<Long> authors = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			authors.add(person("bench-author-" + i, "FULL", "{PARTICIPANT}"));
		}
		Set<Long> audience = new HashSet<>(authors);
		audience.add(reader);
		Discussion d = discussion(coordinator, audience);
		seed(d.id(), reader, authors, commentCount);

		HttpClient page = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		signIn(page, "bench-reader");
		HttpClient api = HttpClient.newBuilder().build();
		String basic = "Basic " + Base64.getEncoder().encodeToString("bench-reader:bench".getBytes());

		URI pageUri = uri("/discussions/" + d.id());
		URI wholeUri = uri("/discussions/" + d.id() + "?all=true");
		URI apiUri = uri("/api/v1/discussions/" + d.id());
		URI apiWholeUri = uri("/api/v1/discussions/" + d.id() + "?all=true");
		List<Kind> kinds = List.of(new Kind("API JSON (baseline)", api, apiUri, basic, false),
				new Kind("page", page, pageUri, null, false),
				new Kind("API JSON, whole", api, apiWholeUri, basic, false),
				new Kind("page, whole (print)", page, wholeUri, null, false),
				new Kind("API JSON, revalidated", api, apiUri, basic, true),
				new Kind("page, revalidated", page, pageUri, null, true));
		for (Kind k : kinds) {
			HttpResponse<String> r = k.client.send(k.request(null), HttpResponse.BodyHandlers.ofString());
			System.out.printf("%-24s %s -> %d, %,d bytes, ETag %s, comments shown: %d%n", k.name,
					k.uri.getRawPath() + ((k.uri.getRawQuery() != null) ? "?" + k.uri.getRawQuery() : ""),
					r.statusCode(), r.body().length(), r.headers().firstValue("ETag").orElse("none"),
					count(r.body(), k.uri.getPath().startsWith("/api") ? "\"receivedAt\"" : "class=\"comment\""));
		}
		// warm-up: JIT, pools, caches
		for (Kind k : kinds) {
			measure(k, connections, Math.max(2, seconds / 2));
		}
		System.out.printf("%n%d connections, %d s per kind, %d comments; load average before: %s%n", connections,
				seconds, commentCount, loadAverage());
		System.out.printf("%-24s %10s %9s %9s %9s %8s %12s%n", "kind", "req/s", "p50 ms", "p99 ms", "max ms", "non-2xx",
				"CPU ms/req");
		for (Kind k : kinds) {
			Result r = measure(k, connections, seconds);
			System.out.printf("%-24s %10.1f %9.2f %9.2f %9.2f %8d %12.2f%n", k.name, r.rate(), r.percentile(50),
					r.percentile(99), r.percentile(100), r.errors, r.cpuNanos / 1e6 / Math.max(1, r.sorted.length));
		}
		System.out.printf("load average after: %s%n", loadAverage());
	}

	Result measure(Kind kind, int connections, int seconds) throws Exception {
		String etag = null;
		if (kind.revalidate) {
			etag = kind.client.send(kind.request(null), HttpResponse.BodyHandlers.discarding())
				.headers()
				.firstValue("ETag")
				.orElse(null);
		}
		String ifNoneMatch = etag;
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		List<long[]> latencies = new ArrayList<>();
		AtomicLong errors = new AtomicLong();
		CountDownLatch done = new CountDownLatch(connections);
		long cpu = processCpuNanos();
		long start = System.nanoTime();
		for (int i = 0; i < connections; i++) {
			long[] own = new long[200_000];
			latencies.add(own);
			Thread t = new Thread(() -> {
				int n = 0;
				try {
					HttpRequest request = kind.request(ifNoneMatch);
					while (System.nanoTime() < end && n < own.length - 1) {
						long t0 = System.nanoTime();
						HttpResponse<byte[]> r = kind.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
						own[++n] = System.nanoTime() - t0;
						int expected = (ifNoneMatch != null) ? 304 : 200;
						if (r.statusCode() != expected) {
							errors.incrementAndGet();
						}
					}
				}
				catch (Exception ex) {
					errors.incrementAndGet();
				}
				own[0] = n;
				done.countDown();
			});
			t.start();
		}
		done.await();
		long elapsed = System.nanoTime() - start;
		long cpuUsed = processCpuNanos() - cpu;
		int total = 0;
		for (long[] l : latencies) {
			total += (int) l[0];
		}
		long[] all = new long[total];
		int at = 0;
		for (long[] l : latencies) {
			System.arraycopy(l, 1, all, at, (int) l[0]);
			at += (int) l[0];
		}
		Arrays.sort(all);
		return new Result(all, elapsed, errors.get(), cpuUsed);
	}

	void signIn(HttpClient client, String username) throws Exception {
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher m = CSRF.matcher(login.body());
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=" + username + "&password=bench&_csrf="
				+ URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = r.headers().firstValue("Location").orElse("");
		if (r.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + location);
		}
	}

	long person(String username, String level, String roles) {
		String hash = this.ecs.getBean(PasswordEncoder.class).encode("bench");
		return this.jdbc.sql("""
				insert into participant (username, display_name, level, roles, channels, password_hash)
				values (?, ?, ?, ?::text[], '{WEB,EMAIL}', ?) returning id
				""").params(username, "Bench " + username, level, roles, hash).query(Long.class).single();
	}

	Discussion discussion(long coordinator, Set<Long> audience) {
		Instant now = Instant.now();
		return this.ecs.getBean(Discussions.class)
			.create(new NewDiscussion("Bench discussion " + System.nanoTime(), SubjectKind.PAPER, "BENCH/1",
					"A long discussion for the page bench.", coordinator, now.minus(Duration.ofDays(1)),
					now.plus(Duration.ofDays(30)), ReviewPolicy.NONE, audience), coordinator);
	}

	/**
	 * Published comments as the commit path leaves them: a contribution and a comment
	 * each; every tenth by the reader, with notification deliveries to the 20 authors (a
	 * few failed) so the reader's page shows delivery summaries.
	 */
	void seed(long discussion, long reader, List<Long> authors, int count) {
		Instant t = Instant.now().minus(Duration.ofHours(count));
		String paragraph = "The draft's paragraph on verification should say who reviews the data, "
				+ "how often, and what happens when a State's report arrives late; we suggest « annual » review. ";
		for (int i = 0; i < count; i++) {
			long author = (i % 10 == 3) ? reader : authors.get(i % authors.size());
			UUID contribution = UUID.randomUUID();
			String text = paragraph.repeat(1 + i % 6);
			Instant at = t.plus(Duration.ofHours(i));
			this.jdbc
				.sql("""
						insert into contribution (id, channel, discussion_id, author_id, received_at, text, dedupe_key, status)
						values (?, 'WEB', ?, ?, ?, ?, ?, 'PUBLISHED')
						""")
				.params(contribution, discussion, author, java.sql.Timestamp.from(at), text, "bench:" + contribution)
				.update();
			long comment = this.jdbc.sql("""
					insert into comment (contribution_id, discussion_id, author_id, text, channel, received_at)
					values (?, ?, ?, ?, 'WEB', ?) returning id
					""")
				.params(contribution, discussion, author, text, java.sql.Timestamp.from(at))
				.query(Long.class)
				.single();
			if (author == reader) {
				for (long recipient : authors) {
					long n = this.jdbc.sql("""
							insert into notification (recipient_id, kind, source_key, discussion_id, subject, body)
							values (?, 'COMMENT_PUBLISHED', ?, ?, 'New comment', 'text') returning id
							""").params(recipient, "comment:" + comment, discussion).query(Long.class).single();
					this.jdbc.sql(
							"insert into notification_delivery (notification_id, channel, status) values (?, 'WEB', 'DELIVERED')")
						.param(n)
						.update();
					this.jdbc.sql("""
							insert into notification_delivery (notification_id, channel, status, attempts, last_error)
							values (?, 'EMAIL', ?, 1, ?)
							""")
						.params(n, (recipient % 7 == 0) ? "FAILED" : "SENT",
								(recipient % 7 == 0) ? "550 mailbox unavailable" : null)
						.update();
				}
			}
		}
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	static int count(String body, String needle) {
		int n = 0;
		for (int i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + 1)) {
			n++;
		}
		return n;
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (Exception ex) {
			return "unknown";
		}
	}

	record Kind(String name, HttpClient client, URI uri, String authorization, boolean revalidate) {

		HttpRequest request(String ifNoneMatch) {
			HttpRequest.Builder b = HttpRequest.newBuilder(this.uri).timeout(Duration.ofSeconds(30));
			if (this.authorization != null) {
				b.header("Authorization", this.authorization);
			}
			if (ifNoneMatch != null) {
				b.header("If-None-Match", ifNoneMatch);
			}
			return b.build();
		}

	}

	/**
	 * CPU time of this JVM (ECS and the load generator both): on a shared machine a
	 * steadier measure of a request's cost than its rate.
	 */
	static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	record Result(long[] sorted, long nanos, long errors, long cpuNanos) {

		double rate() {
			return this.sorted.length / (this.nanos / 1e9);
		}

		double percentile(int p) {
			if (this.sorted.length == 0) {
				return Double.NaN;
			}
			int i = (int) Math.ceil(p / 100.0 * this.sorted.length) - 1;
			return this.sorted[Math.max(0, Math.min(this.sorted.length - 1, i))] / 1e6;
		}

	}

}
