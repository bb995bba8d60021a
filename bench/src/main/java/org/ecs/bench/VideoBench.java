package org.ecs.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.InetSocketAddress;
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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.ecs.config.EcsApplication;
import org.ecs.core.demo.DemoData;
import org.ecs.core.meeting.RecordingFiles;
import org.ecs.gateways.video.HlsPlan;
import org.ecs.gateways.video.HlsTranscoder;
import org.ecs.gateways.video.MediaProbe;
import org.ecs.gateways.video.ProbedMedia;
import org.ecs.gateways.video.TestClip;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The video figures of issue 10, ECS beside a baseline in the same run:
 * <ol>
 * <li><b>transcoding</b>: a 720p test clip with three audio tracks (floor, English,
 * French), uploaded by the API and carried by the recording route to publication, against
 * plain ffmpeg given the very same command line (ECS's {@code HlsTranscoder.command}) on
 * the same file; rounds alternate so both see the same load. ECS's figures are its
 * transcoding step (as the route records it) and upload to playable (the API's POST until
 * the recording answers PUBLISHED);</li>
 * <li><b>live latency</b>: the embedded live source started from the meeting page, played
 * by hls.js in headless Chromium; each second the player's distance behind the source is
 * read as now minus the wall-clock time (EXT-X-PROGRAM-DATE-TIME) of the frame on screen,
 * beside the source-to-playlist part alone (how old the newest segment is when the
 * playlist names it);</li>
 * <li><b>segment serving</b>: 100 concurrent viewers, each with a signed-in session,
 * fetching the master playlist, the top rendition's and one audio track's playlists and
 * every segment in a loop, against the JDK's own static file server on the same
 * folder.</li>
 * </ol>
 * Arguments: clip seconds (60), rounds (3), viewers (100), seconds of serving (20).
 */
public final class VideoBench {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final ConfigurableApplicationContext ecs;

	private final JdbcClient jdbc;

	private final int port;

	private final ObjectMapper json = new ObjectMapper();

	private VideoBench(ConfigurableApplicationContext ecs) {
		this.ecs = ecs;
		this.jdbc = ecs.getBean(JdbcClient.class);
		this.port = Integer.parseInt(ecs.getEnvironment().getProperty("local.server.port"));
	}

	public static void main(String[] args) throws Exception {
		String[] a = (args.length > 0) ? args[0].trim().split("\\s+") : new String[0];
		int seconds = (a.length > 0 && !a[0].isBlank()) ? Integer.parseInt(a[0]) : 60;
		int rounds = (a.length > 1) ? Integer.parseInt(a[1]) : 3;
		int viewers = (a.length > 2) ? Integer.parseInt(a[2]) : 100;
		int serving = (a.length > 3) ? Integer.parseInt(a[3]) : 20;
		Path data = Files.createTempDirectory("ecs-video-bench");
		ConfigurableApplicationContext ecs = new SpringApplicationBuilder(EcsApplication.class).run("--server.port=0",
				"--ecs.embedded.postgres-dir=", "--spring.artemis.embedded.data-directory=" + data.resolve("artemis"),
				"--ecs.blob.dir=" + data.resolve("blobs"), "--ecs.video.dir=" + data.resolve("video"),
				"--ecs.video.drop=", "--ecs.video.live-keep=false", "--ecs.demo.enabled=true",
				"--ecs.sandbox.smtp-port=0", "--ecs.sandbox.imap-port=0", "--logging.level.root=WARN",
				"--logging.level.org.ecs=WARN");
		try {
			System.out.printf(Locale.ROOT, "load average at start: %.1f%n", load());
			VideoBench bench = new VideoBench(ecs);
			String key = bench.transcoding(data, seconds, rounds);
			bench.live();
			bench.serving(key, viewers, serving);
			System.out.printf(Locale.ROOT, "load average at end: %.1f%n", load());
		}
		finally {
			ecs.close();
		}
	}

	/**
	 * @return the key of the last recording ECS published, for the serving part
	 */
	String transcoding(Path data, int seconds, int rounds) throws Exception {
		// the demo's own recording is transcoded at start: wait for it, so it does not
		// share
		// the machine with the rounds
		waitFor(() -> "PUBLISHED"
			.equals(this.jdbc.sql("select coalesce(max(status), '') from meeting_recording where source = 'DEMO'")
				.query(String.class)
				.single()), Duration.ofMinutes(10));
		Path clip = data.resolve("clip.mp4");
		TestClip.make("ffmpeg", clip, Duration.ofSeconds(seconds), 1280, 720, List.of("mul", "eng", "fra"));
		ProbedMedia media = new MediaProbe("ffprobe").probe(clip);
		HlsPlan plan = new HlsPlan(HlsPlan.ladder(media.width(), media.height()),
				List.of(new HlsPlan.AudioTrack(0, "mul", "Floor", true),
						new HlsPlan.AudioTrack(1, "en", "English", false),
						new HlsPlan.AudioTrack(2, "fr", "Français", false)),
				List.of(), HlsPlan.SEGMENT_SECONDS);
		long meeting = this.jdbc.sql("select min(id) from meeting where deleted_at is null").query(Long.class).single();
		System.out.printf(Locale.ROOT, "%n== transcoding: %d s clip, 1280x720, 3 audio tracks, %d MB, %s ==%n", seconds,
				Files.size(clip) / 1_000_000, plan.renditions().stream().map(HlsPlan.Rendition::name).toList());
		List<Long> plain = new ArrayList<>();
		List<Long> step = new ArrayList<>();
		List<Long> playable = new ArrayList<>();
		String key = null;
		for (int round = 1; round <= rounds; round++) {
			Path out = data.resolve("plain-" + round);
			Files.createDirectories(out);
			long t0 = System.nanoTime();
			Process p = new ProcessBuilder(HlsTranscoder.command("ffmpeg", "veryfast", clip, out, plan))
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (p.waitFor() != 0) {
				throw new IllegalStateException("plain ffmpeg failed");
			}
			plain.add((System.nanoTime() - t0) / 1_000_000);

			long u0 = System.nanoTime();
			HttpResponse<String> posted = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(uri("/api/v1/meetings/" + meeting + "/recordings?name=bench-" + round + ".mp4&audio="
							+ URLEncoder.encode("floor,en,fr", StandardCharsets.UTF_8)))
					.header("Authorization", basic("sam"))
					.header("Content-Type", "video/mp4")
					.POST(HttpRequest.BodyPublishers.ofFile(clip))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (posted.statusCode() != 202) {
				throw new IllegalStateException("upload refused: " + posted.body());
			}
			JsonNode r = this.json.readTree(posted.body());
			long id = r.get("id").asLong();
			waitFor(() -> "PUBLISHED".equals(this.jdbc.sql("select status from meeting_recording where id = ?")
				.param(id)
				.query(String.class)
				.single()), Duration.ofMinutes(30));
			playable.add((System.nanoTime() - u0) / 1_000_000);
			step.add(this.jdbc.sql("select transcode_millis from meeting_recording where id = ?")
				.param(id)
				.query(Long.class)
				.single());
			key = r.get("key").asText();
			System.out.printf(Locale.ROOT,
					"round %d: plain ffmpeg %6d ms | ECS transcoding step %6d ms | ECS upload to playable %6d ms (load %.1f)%n",
					round, plain.get(round - 1), step.get(round - 1), playable.get(round - 1), load());
		}
		long p = median(plain);
		long s = median(step);
		long u = median(playable);
		System.out.printf(Locale.ROOT,
				"median: plain ffmpeg %d ms; ECS step %d ms (%+.1f %%); upload to playable %d ms (%+.1f %%); %.2fx real time%n",
				p, s, 100.0 * (s - p) / p, u, 100.0 * (u - p) / p, seconds * 1000.0 / u);
		return key;
	}

	void live() throws Exception {
		System.out.printf(Locale.ROOT, "%n== live latency: embedded source (1 s segments) to hls.js in Chromium ==%n");
		LocalDateTime vienna = LocalDateTime.now(ZoneId.of("Europe/Vienna")).withSecond(0).withNano(0);
		HttpResponse<String> created = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/api/v1/meetings"))
				.header("Authorization", basic("sam"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"body":"WORKING_GROUP_A","title":"Live bench","start":"%s","end":"%s"}"""
					.formatted(vienna.minusMinutes(10), vienna.plusHours(2))))
				.build(), HttpResponse.BodyHandlers.ofString());
		long meeting = this.json.readTree(created.body()).at("/meeting/id").asLong();
		WebDriver d = chromium();
		try {
			d.get(uri("/login").toString());
			d.findElement(By.cssSelector("#login-form input[name=username]")).sendKeys("sam");
			d.findElement(By.cssSelector("#login-form input[name=password]")).sendKeys(DemoData.PASSWORD);
			d.findElement(By.id("login")).click();
			WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(90));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
			d.get(uri("/meetings/" + meeting).toString());
			d.findElement(By.id("live-source-start")).click();
			var video = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("live-player")));
			JavascriptExecutor js = (JavascriptExecutor) d;
			js.executeScript("arguments[0].muted = true; arguments[0].play();", video);
			wait.until((x) -> ((Number) js.executeScript("return arguments[0].currentTime", video)).doubleValue() > 1);
			String playlist = this.jdbc.sql("select live_url from meeting where id = ?")
				.param(meeting)
				.query(String.class)
				.single();
			Path folder = this.ecs.getBean(RecordingFiles.class)
				.live(java.util.UUID.fromString(playlist.split("/")[3]));
			List<Long> player = new ArrayList<>();
			List<Long> source = new ArrayList<>();
			long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (System.nanoTime() < until) {
				Object behind = js.executeScript(
						"var h = arguments[0].ecsHls; return h.playingDate ? Date.now() - h.playingDate.getTime() : null;",
						video);
				if (behind != null) {
					player.add(((Number) behind).longValue());
				}
				source.add(newestSegmentAge(folder.resolve("index.m3u8")));
				waitFor(() -> false, Duration.ofSeconds(1), true);
			}
			d.findElement(By.id("live-source-stop")).click();
			System.out.printf(Locale.ROOT,
					"player behind source: median %d ms, min %d, max %d (%d samples); newest segment's start when listed: median %d ms%n",
					median(player), player.stream().min(Long::compare).orElse(-1L),
					player.stream().max(Long::compare).orElse(-1L), player.size(), median(source));
		}
		finally {
			d.quit();
		}
	}

	/** How long ago the newest listed segment began (its program date-time). */
	static long newestSegmentAge(Path playlist) throws IOException {
		String last = null;
		for (String line : Files.readAllLines(playlist)) {
			if (line.startsWith("#EXT-X-PROGRAM-DATE-TIME:")) {
				last = line.substring(25);
			}
		}
		if (last == null) {
			return -1;
		}
		Instant at = java.time.OffsetDateTime
			.parse(last, java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx"))
			.toInstant();
		return Duration.between(at, Instant.now()).toMillis();
	}

	void serving(String key, int viewers, int seconds) throws Exception {
		Path hls = this.ecs.getBean(RecordingFiles.class).hls(java.util.UUID.fromString(key));
		List<String> files = viewerFiles(hls);
		System.out.printf(Locale.ROOT, "%n== segment serving: %d viewers for %d s, %d files per pass ==%n", viewers,
				seconds, files.size());
		HttpClient ecsClient = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		signIn(ecsClient);
		Result ecsResult = load(ecsClient, "http://localhost:" + this.port + "/media/recordings/" + key + "/", files,
				viewers, seconds);
		HttpServer baseline = staticFiles(hls, viewers);
		try {
			Result plain = load(HttpClient.newHttpClient(), "http://localhost:" + baseline.getAddress().getPort() + "/",
					files, viewers, seconds);
			System.out.println("ECS (signed-in session, access checked per file): " + ecsResult);
			System.out.println("JDK HttpServer, files as they are (no access):    " + plain);
		}
		finally {
			baseline.stop(0);
		}
	}

	/** master, the top rendition's playlist and segments, one audio track's. */
	static List<String> viewerFiles(Path hls) throws IOException {
		List<String> files = new ArrayList<>(List.of(RecordingFiles.MASTER));
		List<Path> folders;
		try (var list = Files.list(hls)) {
			folders = list.filter(Files::isDirectory).sorted().toList();
		}
		Path video = folders.stream()
			.filter((f) -> !f.getFileName().toString().startsWith("audio"))
			.max(Comparator.comparingLong(VideoBench::size))
			.orElseThrow();
		Path audio = folders.stream()
			.filter((f) -> f.getFileName().toString().startsWith("audio"))
			.findFirst()
			.orElseThrow();
		for (Path folder : List.of(video, audio)) {
			String name = folder.getFileName().toString();
			files.add(name + "/index.m3u8");
			try (var list = Files.list(folder)) {
				list.map((f) -> f.getFileName().toString())
					.filter((f) -> f.endsWith(".ts"))
					.sorted()
					.forEach((f) -> files.add(name + "/" + f));
			}
		}
		return files;
	}

	record Result(long requests, long bytes, long errors, double seconds, long[] millis) {

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%.0f requests/s, %.1f MB/s, p50 %d ms, p99 %d ms, %d errors",
					this.requests / this.seconds, this.bytes / this.seconds / 1_000_000, pct(0.50), pct(0.99),
					this.errors);
		}

		long pct(double p) {
			return (this.millis.length == 0) ? -1
					: this.millis[Math.min(this.millis.length - 1, (int) (p * this.millis.length))];
		}

	}

	static Result load(HttpClient client, String base, List<String> files, int viewers, int seconds) throws Exception {
		AtomicLong requests = new AtomicLong();
		AtomicLong bytes = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		ConcurrentLinkedQueue<Long> millis = new ConcurrentLinkedQueue<>();
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		long start = System.nanoTime();
		var pool = Executors.newFixedThreadPool(viewers);
		try {
			for (int v = 0; v < viewers; v++) {
				pool.submit(() -> {
					while (System.nanoTime() < end) {
						for (String f : files) {
							if (System.nanoTime() >= end) {
								break;
							}
							long t = System.nanoTime();
							try {
								HttpResponse<byte[]> r = client.send(
										HttpRequest.newBuilder(URI.create(base + f)).build(),
										HttpResponse.BodyHandlers.ofByteArray());
								if (r.statusCode() == 200) {
									requests.incrementAndGet();
									bytes.addAndGet(r.body().length);
								}
								else {
									errors.incrementAndGet();
								}
							}
							catch (Exception ex) {
								errors.incrementAndGet();
							}
							millis.add((System.nanoTime() - t) / 1_000_000);
						}
					}
					return null;
				});
			}
		}
		finally {
			pool.shutdown();
			pool.awaitTermination(seconds + 120L, java.util.concurrent.TimeUnit.SECONDS);
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		long[] all = millis.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(all);
		return new Result(requests.get(), bytes.get(), errors.get(), elapsed, all);
	}

	/**
	 * The baseline: the JDK's HTTP server handing out the files of the folder, nothing
	 * else.
	 */
	static HttpServer staticFiles(Path root, int threads) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		server.createContext("/", (exchange) -> {
			Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
			if (!file.startsWith(root) || !Files.isRegularFile(file)) {
				exchange.sendResponseHeaders(404, -1);
				exchange.close();
				return;
			}
			exchange.getResponseHeaders()
				.set("Content-Type", file.toString().endsWith(".ts") ? "video/mp2t" : "application/vnd.apple.mpegurl");
			exchange.sendResponseHeaders(200, Files.size(file));
			try (var out = exchange.getResponseBody()) {
				Files.copy(file, out);
			}
		});
		server.setExecutor(Executors.newFixedThreadPool(threads));
		server.start();
		return server;
	}

	void signIn(HttpClient client) throws Exception {
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher m = CSRF.matcher(login.body());
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=sam&password=" + URLEncoder.encode(DemoData.PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("sign-in failed: " + r.statusCode());
		}
	}

	static WebDriver chromium() throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--user-data-dir=" + Files.createTempDirectory("ecs-bench-chromium"), "--no-first-run",
				"--window-size=1280,900");
		return new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
					.build(),
				options);
	}

	private static long size(Path folder) {
		try (var walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).mapToLong((f) -> f.toFile().length()).sum();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static String basic(String user) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static void waitFor(java.util.function.BooleanSupplier done, Duration limit) throws InterruptedException {
		waitFor(done, limit, false);
	}

	/** Polls every 100 ms (or waits out the limit when {@code full}). */
	private static void waitFor(java.util.function.BooleanSupplier done, Duration limit, boolean full)
			throws InterruptedException {
		long end = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < end) {
			if (done.getAsBoolean()) {
				return;
			}
			Thread.sleep(100);
		}
		if (!full) {
			throw new IllegalStateException("not done within " + limit);
		}
	}

	private static long median(List<Long> values) {
		if (values.isEmpty()) {
			return -1;
		}
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

}
