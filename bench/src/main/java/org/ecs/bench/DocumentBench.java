package org.ecs.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.ecs.config.EcsApplication;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.search.Search;
import org.ecs.core.search.SearchIndex;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The document module on the running application (embedded PostgreSQL, Artemis, the
 * document queues), with the search index filled to 10,000 documents in the six
 * languages:
 * <ul>
 * <li>search p50/p99 through {@code GET /api/v1/search?q=} (HTTP, sign-in and access
 * rules included) and in-process ({@link Search}), over the queries of
 * {@link SearchBench};</li>
 * <li>time from upload ({@code POST /api/v1/documents}) to searchable (the first
 * {@code /api/v1/search} that finds it, polled every 100 ms) for a born-digital PDF and
 * for a scanned PDF of 50 pages (every page an image, read by Tesseract), with the
 * stages' times from the catalogue (extracted, published).</li>
 * </ul>
 * Run: {@code ./mvnw -o -Pbench -pl bench -am verify -DskipTests -Dbench=DocumentBench
 * -Dbench.args="<documents> <scanned pages>"} (default 10000 50).
 */
public final class DocumentBench {

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final ConfigurableApplicationContext ecs;

	final JdbcClient jdbc;

	final int port;

	DocumentBench(ConfigurableApplicationContext ecs) {
		this.ecs = ecs;
		this.jdbc = ecs.getBean(JdbcClient.class);
		this.port = Integer.parseInt(ecs.getEnvironment().getProperty("local.server.port"));
	}

	public static void main(String[] args) throws Exception {
		String[] a = (args.length == 1) ? args[0].trim().split("\\s+") : args;
		int total = (a.length > 0 && !a[0].isBlank()) ? Integer.parseInt(a[0]) : 10_000;
		int pages = (a.length > 1) ? Integer.parseInt(a[1]) : 50;
		Path data = Files.createTempDirectory("ecs-bench");
		ConfigurableApplicationContext ecs = new SpringApplicationBuilder(EcsApplication.class).run("--server.port=0",
				"--ecs.embedded.postgres-dir=", "--spring.artemis.embedded.data-directory=" + data.resolve("artemis"),
				"--ecs.blob.dir=" + data.resolve("blobs"), "--ecs.sandbox.smtp-port=0", "--ecs.sandbox.imap-port=0",
				"--ecs.documents.max-bytes=209715200", "--spring.servlet.multipart.max-file-size=200MB",
				"--spring.servlet.multipart.max-request-size=210MB", "--logging.level.root=WARN",
				"--logging.level.org.ecs=WARN");
		try {
			new DocumentBench(ecs).run(total, pages);
		}
		finally {
			ecs.close();
		}
	}

	void run(int total, int pages) throws Exception {
		System.out.printf("machine: %d cores, JDK %s, max heap %d MB, load %.1f%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20,
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		person("bench-sec", "{PARTICIPANT,SECRETARIAT}");
		long reader = person("bench-reader", "{PARTICIPANT}");
		int existing = this.jdbc.sql("select count(*) from search_entry where kind = 'DOCUMENT'")
			.query(Integer.class)
			.single();
		long started = System.nanoTime();
		int added = fill(total - existing, reader);
		this.jdbc.sql("analyze").update();
		System.out.printf(Locale.ROOT, "index filled: %d document versions (%d added in %.1f s)%n", existing + added,
				added, (System.nanoTime() - started) / 1e9);

		measureSearch(reader);

		byte[] born = bornDigital("marmalade", 10);
		measureUpload("born-digital PDF, 10 pages, " + (born.length / 1024) + " KB", "marmalade", born);
		byte[] scan = scanned("xylophone", pages);
		measureUpload("scanned PDF, " + pages + " pages at 200 dpi, " + (scan.length / 1024) + " KB", "xylophone",
				scan);
	}

	/**
	 * Documents of SearchBench's filler sentences, published, indexed in their language.
	 */
	int fill(int n, long creator) {
		SearchIndex index = this.ecs.getBean(SearchIndex.class);
		Random random = new Random(42);
		List<String> languages = new ArrayList<>(SearchBench.TOPICS.keySet());
		for (int i = 0; i < n; i++) {
			String language = languages.get(i % languages.size());
			String text = SearchBench.sentence(language, random) + " " + SearchBench.sentence(language, random);
			if (i < 6 * 8) {
				String[] topic = SearchBench.TOPICS.get(language)[(i / 6) % 8];
				text = text + " " + topic[0];
			}
			long id = this.jdbc.sql("""
					insert into document (symbol, series, body, doc_type, distribution, created_by)
					values (?, 'CTBT', 'BENCH', 'OFFICIAL', 'GENERAL', ?) returning id
					""").params("CTBT/BENCH/" + (i + 1), creator).query(Long.class).single();
			long file = this.jdbc.sql("""
					insert into document_file (document_id, language, file_name, media_type, size_bytes, sha256, source,
					                           uploaded_by, status, published_at)
					values (?, ?, 'bench.txt', 'text/plain', ?, ?, 'API', ?, 'PUBLISHED', now()) returning id
					""")
				.params(id, language, text.length(), String.format("%064x", i), creator)
				.query(Long.class)
				.single();
			index.indexDocumentFile(file, id, language, "Document " + (i + 1), text);
		}
		return n;
	}

	void measureSearch(long readerId) throws Exception {
		Participant reader = this.ecs.getBean(ParticipantDirectory.class).findById(readerId).orElseThrow();
		Search search = this.ecs.getBean(Search.class);
		List<String> queries = new ArrayList<>();
		SearchBench.TOPICS.values().forEach((topics) -> {
			for (String[] t : topics) {
				queries.add(t[1]);
			}
		});
		// warm-up
		for (String q : queries) {
			get("bench-reader", "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
		}
		List<Long> http = new ArrayList<>();
		List<Long> direct = new ArrayList<>();
		for (int round = 0; round < 5; round++) {
			for (String q : queries) {
				long t0 = System.nanoTime();
				get("bench-reader", "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
				http.add(System.nanoTime() - t0);
				t0 = System.nanoTime();
				search.search(reader, q, null, null, 20);
				direct.add(System.nanoTime() - t0);
			}
		}
		print("search, HTTP /api/v1/search", http);
		print("search, in process (Search)", direct);
	}

	void measureUpload(String what, String word, byte[] pdf) throws Exception {
		String symbol = "CTBT/PC-99/INF." + (1 + new Random().nextInt(100000));
		String q = "/api/v1/search?q=" + word + "&kind=DOCUMENT";
		long start = System.nanoTime();
		HttpResponse<String> r = upload("bench-sec", symbol, "Bench " + word, "en", word + ".pdf", pdf);
		long accepted = System.nanoTime();
		if (r.statusCode() >= 300) {
			throw new IllegalStateException(r.statusCode() + " " + r.body());
		}
		long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
		while (!get("bench-reader", q).contains(symbol)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(symbol + " not searchable after 30 minutes");
			}
			Thread.sleep(100);
		}
		long found = System.nanoTime();
		var stages = this.jdbc
			.sql("""
					select extract(epoch from f.extracted_at - f.uploaded_at), extract(epoch from f.published_at - f.extracted_at),
					       f.text_chars, f.ocr
					from document_file f join document d on d.id = f.document_id where d.symbol = ?
					""")
			.param(symbol)
			.query((rs, i) -> String.format(Locale.ROOT,
					"extraction %.1f s, extracted -> published %.2f s, %d characters, OCR %s", rs.getDouble(1),
					rs.getDouble(2), rs.getInt(3), rs.getBoolean(4)))
			.single();
		System.out.printf(Locale.ROOT, "%s: upload answered in %.2f s, searchable after %.1f s (%s)%n", what,
				(accepted - start) / 1e9, (found - start) / 1e9, stages);
	}

	/** Pages of typed text; the word on the last page. */
	static byte[] bornDigital(String word, int pages) throws Exception {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int p = 1; p <= pages; p++) {
				PDPage page = new PDPage(PDRectangle.A4);
				doc.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
					content.beginText();
					content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
					content.setLeading(14);
					content.newLineAtOffset(60, 780);
					for (String line : pageLines(p, (p == pages) ? word : null)) {
						content.showText(line);
						content.newLine();
					}
					content.endText();
				}
			}
			doc.getDocumentInformation().setTitle(UUID.randomUUID().toString());
			doc.save(out);
			return out.toByteArray();
		}
	}

	/**
	 * Pages as images only (as a scanner makes them), 200 dpi, bilevel; the word last.
	 */
	static byte[] scanned(String word, int pages) throws Exception {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int p = 1; p <= pages; p++) {
				BufferedImage image = new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_BINARY);
				Graphics2D g = image.createGraphics();
				g.setColor(Color.WHITE);
				g.fillRect(0, 0, image.getWidth(), image.getHeight());
				g.setColor(Color.BLACK);
				g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
				g.setFont(new Font(Font.SERIF, Font.PLAIN, 34));
				int y = 200;
				for (String line : pageLines(p, (p == pages) ? word : null)) {
					g.drawString(line, 160, y);
					y += 50;
				}
				g.dispose();
				PDPage page = new PDPage(PDRectangle.A4);
				doc.addPage(page);
				PDImageXObject img = LosslessFactory.createFromImage(doc, image);
				try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
					content.drawImage(img, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
				}
			}
			doc.save(out);
			return out.toByteArray();
		}
	}

	private static List<String> pageLines(int page, String word) {
		List<String> lines = new ArrayList<>();
		lines.add("Report of the working group, page " + page);
		Random random = new Random(page);
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < 18; i++) {
			for (String w : SearchBench.sentence("en", random).split(" ")) {
				if (line.length() + w.length() > 60) {
					lines.add(line.toString().strip());
					line.setLength(0);
				}
				line.append(w).append(' ');
			}
		}
		lines.add(line.toString().strip());
		if (word != null) {
			lines.add("The delegation raised the question of the " + word + " at the station.");
		}
		return lines;
	}

	private static void print(String what, List<Long> nanos) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf(Locale.ROOT, "%s over the filled index: %d queries, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				what, sorted.length, sorted[sorted.length / 2] / 1e6,
				sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
	}

	long person(String username, String roles) {
		String hash = this.ecs.getBean(PasswordEncoder.class).encode("bench");
		return this.jdbc.sql("""
				insert into participant (username, display_name, level, roles, channels, password_hash)
				values (?, ?, 'FULL', ?::text[], '{WEB}', ?) returning id
				""").params(username, username, roles, hash).query(Long.class).single();
	}

	String get(String user, String path) throws Exception {
		HttpResponse<String> r = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", "Basic " + auth(user))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() >= 300) {
			throw new IllegalStateException(r.statusCode() + " " + r.body());
		}
		return r.body();
	}

	HttpResponse<String> upload(String user, String symbol, String title, String language, String name, byte[] file)
			throws Exception {
		String boundary = "----ecs" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (String[] field : new String[][] { { "symbol", symbol }, { "title", title }, { "language", language } }) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
					+ field[1] + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/documents"))
			.header("Authorization", "Basic " + auth(user))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String auth(String user) {
		return Base64.getEncoder().encodeToString((user + ":bench").getBytes(StandardCharsets.UTF_8));
	}

}
