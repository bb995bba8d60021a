package org.ecs.config.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.NotifyBuilder;
import org.ecs.config.EcsIntegrationTest;
import org.ecs.config.SandboxMail;
import org.ecs.core.document.DocumentFile;
import org.ecs.core.document.DocumentPublishing;
import org.ecs.core.document.Documents;
import org.ecs.core.participant.ParticipantDirectory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The document module on the running application: upload over the API, extraction and
 * publication by the document pipeline, search by an inflected word, download with its
 * checksum and ranges, the fax-only participant refused the file but told of it by fax,
 * and the demo's documents published.
 */
@EcsIntegrationTest
class DocumentIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Documents documents;

	@Autowired
	DocumentPublishing publishing;

	@Autowired
	ParticipantDirectory participants;

	@Autowired
	GreenMail mailSandbox;

	@Autowired
	CamelContext camel;

	@Autowired
	ProducerTemplate producer;

	final ObjectMapper json = new ObjectMapper();

	@Test
	void shouldPublishTheDemoDocumentsIncludingThePaperOfDiscussionOne() throws Exception {
		await().until(() -> languagesOf(get("monica", "/api/v1/documents?symbol=INF.1234")).contains("ru"));
		JsonNode list = get("monica", "/api/v1/documents?symbol=CTBT/PTS/INF.1234");
		assertThat(list.get(0).get("symbol").asText()).isEqualTo("CTBT/PTS/INF.1234");
		assertThat(languagesOf(list)).containsExactly("en", "fr", "ru");
		assertThat(get("monica", "/api/v1/search?q={v}", "станция").findValuesAsText("symbol"))
			.contains("CTBT/PTS/INF.1234");
		assertThat(get("monica", "/api/v1/search?q={v}", "监测站的校准").findValuesAsText("symbol")).contains("CTBT/PC-61/1");
	}

	@Test
	void shouldTellEachReaderOfANewDocumentInTheirOwnLanguageByEmail() throws Exception {
		String symbol = "CTBT/PC-71/" + (100 + (int) (Math.random() * 100000));
		String before = this.jdbc.sql("select language from participant where username = 'bruno'")
			.query(String.class)
			.single();
		this.jdbc.sql("update participant set language = 'fr' where username = 'bruno'").update();
		try {
			ResponseEntity<String> uploaded = upload("sam", symbol, "Budget outline", "en", "budget.pdf",
					pdf("Budget outline " + symbol));
			assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);

			MimeMessage french = await().until(() -> mailTo("bruno@example.org", symbol), (m) -> m != null);
			assertThat(french.getSubject()).contains("Nouveau document : " + symbol).doesNotContain("New document");
			assertThat(SandboxMail.text(french)).contains("Langues disponibles : en")
				.doesNotContain("Languages available");
			MimeMessage english = await().until(() -> mailTo("alice@example.org", symbol), (m) -> m != null);
			assertThat(english.getSubject()).contains("New document: " + symbol);
			// the stored text stays English, for the API and older readers
			assertThat(this.jdbc.sql("select count(*) from notice where subject = ?")
				.param("New document: " + symbol)
				.query(Integer.class)
				.single()).isEqualTo(1);
		}
		finally {
			this.jdbc.sql("update participant set language = ? where username = 'bruno'").param(before).update();
		}
	}

	private MimeMessage mailTo(String address, String symbol) throws Exception {
		for (MimeMessage m : this.mailSandbox.getReceivedMessages()) {
			if (m.getSubject() != null && m.getSubject().contains(symbol)
					&& java.util.Arrays.stream(m.getAllRecipients()).anyMatch((a) -> a.toString().contains(address))) {
				return m;
			}
		}
		return null;
	}

	@Test
	void shouldTakeAnUploadThroughExtractionToSearchDownloadAndAFaxNotice() throws Exception {
		String symbol = "CTBT/PC-70/" + (100 + (int) (Math.random() * 100000));
		byte[] pdf = pdf("Calibration of the infrasound stations " + symbol);
		byte[] russian = ("Доклад о калибровке на инфразвуковых станциях международной системы мониторинга. "
				+ "Калибровка каждой станции проводится ежегодно.")
			.getBytes(StandardCharsets.UTF_8);

		ResponseEntity<String> first = upload("sam", symbol, "Calibration report", "en", "report.pdf", pdf);
		ResponseEntity<String> second = upload("sam", symbol, "Доклад о калибровке", "ru", "report-ru.txt", russian);

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
		long id = this.json.readTree(first.getBody()).get("document").get("id").asLong();
		await().until(() -> languagesOf(get("monica", "/api/v1/documents?symbol={v}", symbol)).size() == 2);

		JsonNode hits = get("monica", "/api/v1/search?q={v}", "станция");
		assertThat(hits.findValuesAsText("symbol")).contains(symbol);
		JsonNode detail = get("monica", "/api/v1/documents/" + id);
		JsonNode en = detail.get("versions")
			.findParents("language")
			.stream()
			.filter((v) -> v.get("language").asText().equals("en") && v.has("files"))
			.findFirst()
			.orElseThrow();
		assertThat(en.get("status").asText()).isEqualTo("AVAILABLE");
		assertThat(en.get("files").get(0).get("textChars").asInt()).isGreaterThan(20);

		ResponseEntity<byte[]> download = client("monica").get()
			.uri("/api/v1/documents/" + id + "/versions/en")
			.retrieve()
			.toEntity(byte[].class);
		assertThat(download.getBody()).isEqualTo(pdf);
		assertThat(download.getHeaders().getFirst("X-Checksum-SHA256")).isEqualTo(sha256(pdf));
		ResponseEntity<byte[]> range = client("monica").get()
			.uri("/api/v1/documents/" + id + "/versions/en")
			.header(HttpHeaders.RANGE, "bytes=0-4")
			.retrieve()
			.toEntity(byte[].class);
		assertThat(range.getStatusCode()).isEqualTo(HttpStatus.PARTIAL_CONTENT);
		assertThat(new String(range.getBody(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(range.getHeaders().getFirst(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes 0-4/" + pdf.length);

		assertThat(status("faith", "/api/v1/documents/" + id + "/versions/en")).isEqualTo(403);
		await().until(() -> this.jdbc.sql("""
				select count(*) from notification n join participant p on p.id = n.recipient_id
				join notification_delivery d on d.notification_id = n.id and d.channel = 'FAX'
				where p.username = 'faith' and n.subject = ?
				""").param("New document: " + symbol).query(Integer.class).single() == 1);
		assertThat(this.jdbc.sql("""
				select n.body from notification n join participant p on p.id = n.recipient_id
				where p.username = 'faith' and n.subject = ?
				""").param("New document: " + symbol).query(String.class).single()).contains(symbol)
			.contains("Calibration report")
			.doesNotContain("%PDF");

		// each stage is idempotent: the same messages delivered again (a redelivery after
		// a
		// crash) extract, publish and announce nothing twice
		long fileId = this.documents.files(id)
			.stream()
			.filter((f) -> f.language().equals("en"))
			.findFirst()
			.orElseThrow()
			.id();
		NotifyBuilder redelivered = new NotifyBuilder(this.camel).fromRoute("document-publish")
			.whenCompleted(1)
			.and()
			.fromRoute("document-extract")
			.whenCompleted(1)
			.create();
		this.producer.sendBody("jms:queue:ecs.document.received", Long.toString(fileId));
		this.producer.sendBody("jms:queue:ecs.document.approved", Long.toString(fileId));
		assertThat(redelivered.matches(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		assertThat(this.jdbc.sql("select count(*) from notice where subject = ?")
			.param("New document: " + symbol)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from search_entry where kind = 'DOCUMENT' and ref_id = ?")
			.param(fileId)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void shouldRefuseAFileThatCannotBeReadKeepItAndTellTheSenderWhy() throws Exception {
		String symbol = "CTBT/PC-70/INF." + (1 + (int) (Math.random() * 100000));
		// a PDF by its first bytes (so taken at upload), but nothing after them is one
		byte[] broken = ("%PDF-1.7\n" + "garbage ".repeat(200)).getBytes(StandardCharsets.US_ASCII);
		ResponseEntity<String> r = upload("sam", symbol, "Broken annex", "en", "annex.pdf", broken);
		assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long id = this.json.readTree(r.getBody()).get("document").get("id").asLong();

		await().until(() -> get("sam", "/api/v1/documents/" + id).findValuesAsText("status").contains("REJECTED"));
		DocumentFile kept = this.documents.files(id).get(0);
		assertThat(kept.note()).startsWith("ECS could not read this file");
		assertThat(this.documents.unreadable(100)).extracting(DocumentFile::id).contains(kept.id());
		// kept for inspection: the secretariat downloads exactly what was sent
		assertThat(client("sam").get()
			.uri("/api/v1/documents/" + id + "/files/" + kept.id())
			.retrieve()
			.body(byte[].class)).isEqualTo(broken);
		// the sender is told why, on their channels
		await().until(() -> this.jdbc.sql("""
				select count(*) from notification n join participant p on p.id = n.recipient_id
				where p.username = 'sam' and n.kind = 'DOCUMENT_REJECTED' and n.subject = ?
				""").param("Not published: " + symbol + " (English)").query(Integer.class).single() == 1);
		assertThat(status("monica", "/api/v1/documents/" + id)).isEqualTo(404);
	}

	@Test
	void shouldFlagAVersionWhoseTextIsInAnotherLanguageAndRefuseWhatIsNotADocument() throws Exception {
		String symbol = "CTBT/PC-70/WP." + (1 + (int) (Math.random() * 100000));
		byte[] french = ("Le secrétariat invite les participants à présenter leurs observations sur le projet de "
				+ "directives pour l'étalonnage des stations du réseau de surveillance.")
			.getBytes(StandardCharsets.UTF_8);
		ResponseEntity<String> r = upload("sam", symbol, "Working paper", "en", "wp.txt", french);
		long id = this.json.readTree(r.getBody()).get("document").get("id").asLong();

		await().until(() -> get("sam", "/api/v1/documents/" + id).findValuesAsText("status").contains("PUBLISHED"));
		JsonNode file = get("sam", "/api/v1/documents/" + id).findParents("languageMismatch").get(0);
		assertThat(file.get("languageMismatch").asBoolean()).isTrue();
		assertThat(file.get("detectedLanguage").asText()).isEqualTo("fr");

		byte[] exe = new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0 };
		assertThat(upload("sam", symbol, "x", "fr", "wp.pdf", exe).getStatusCode().value()).isEqualTo(415);
		assertThat(upload("monica", symbol, "x", "fr", "wp.txt", french).getStatusCode().value()).isEqualTo(403);
	}

	@Test
	void shouldTakeFilesMailedToTheDocumentsAddressAsVersionsForReview() throws Exception {
		String symbol = "CTBT/PTS/INF.1234/Add." + (1 + (int) (Math.random() * 1000));
		MimeMessage m = new MimeMessage(mailSession());
		m.setFrom(new InternetAddress("sam@example.org"));
		m.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress("ecs+documents@ecs.localhost"));
		m.setSubject(symbol + " Annex on reference sources", "UTF-8");
		MimeMultipart body = new MimeMultipart();
		MimeBodyPart text = new MimeBodyPart();
		text.setText("Please publish the attached annex.", "UTF-8");
		body.addBodyPart(text);
		MimeBodyPart file = new MimeBodyPart();
		file.setText("Приложение об эталонных источниках для калибровки станций.", "UTF-8");
		file.setDisposition(Part.ATTACHMENT);
		file.setFileName("annex-ru.txt");
		body.addBodyPart(file);
		m.setContent(body);
		try (Transport smtp = mailSession().getTransport("smtp")) {
			smtp.connect();
			smtp.sendMessage(m, m.getAllRecipients());
		}

		await().atMost(java.time.Duration.ofSeconds(60))
			.until(() -> this.documents.inReview()
				.stream()
				.anyMatch((f) -> f.language().equals("ru")
						&& this.documents.findById(f.documentId()).orElseThrow().symbol().equals(symbol)));
		DocumentFile waiting = this.documents.inReview()
			.stream()
			.filter((f) -> this.documents.findById(f.documentId()).orElseThrow().symbol().equals(symbol))
			.findFirst()
			.orElseThrow();
		assertThat(waiting.source()).isEqualTo(DocumentFile.Source.EMAIL);
		assertThat(status("monica", "/api/v1/documents/" + waiting.documentId())).isEqualTo(404);

		this.publishing.approve(waiting.id(), this.participants.findByUsername("sam").orElseThrow());

		// published from ecs.document.approved
		await().until(() -> languagesOf(get("monica", "/api/v1/documents?symbol={v}", symbol)).contains("ru"));
		assertThat(languagesOf(get("monica", "/api/v1/documents?symbol={v}", symbol))).containsExactly("ru");
		assertThat(get("monica", "/api/v1/documents/" + waiting.documentId()).get("document").get("title").asText())
			.isEqualTo("Annex on reference sources");
	}

	@Test
	void shouldEditTheCatalogueAndFollowBodiesThroughTheApi() throws Exception {
		String symbol = "CTBT/WGB-62/" + (100 + (int) (Math.random() * 100000));
		ResponseEntity<String> created = upload("sam", symbol, "Working group note", "en", "note-en.txt",
				"A note of the working group on verification.".getBytes(StandardCharsets.UTF_8));
		long id = this.json.readTree(created.getBody()).get("document").get("id").asLong();

		ResponseEntity<String> edited = client("sam").patch()
			.uri("/api/v1/documents/" + id)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"titles\":{\"fr\":\"Note du groupe de travail\"},\"agendaItems\":[\"4\"]}")
			.retrieve()
			.toEntity(String.class);
		assertThat(this.json.readTree(edited.getBody()).findValuesAsText("field")).containsExactlyInAnyOrder("title.fr",
				"agenda items");
		assertThat(get("sam", "/api/v1/documents/" + id + "/history").findValuesAsText("field")).contains("title.fr");
		ResponseEntity<String> refused = client("alice").patch()
			.uri("/api/v1/documents/" + id)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"distribution\":\"RESTRICTED\"}")
			.retrieve()
			.onStatus((st) -> true, (request, response) -> {
			})
			.toEntity(String.class);
		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(this.json.readTree(refused.getBody()).get("message").asText()).contains("secretariat");

		JsonNode following = this.json.readTree(client("bruno").post()
			.uri("/api/v1/documents/follows")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"kind\":\"body\",\"value\":\"WGB\"}")
			.retrieve()
			.body(String.class));
		assertThat(following.findValuesAsText("value")).containsExactly("WGB");
		assertThat(get("bruno", "/api/v1/documents/follows").findValuesAsText("kind")).containsExactly("BODY");
		client("bruno").delete().uri("/api/v1/documents/follows?kind=BODY&value=WGB").retrieve().toBodilessEntity();
		assertThat(get("bruno", "/api/v1/documents/follows")).isEmpty();
	}

	private Session mailSession() {
		Properties p = new Properties();
		p.setProperty("mail.smtp.host", "127.0.0.1");
		p.setProperty("mail.smtp.port", String.valueOf(this.mailSandbox.getSmtp().getPort()));
		return Session.getInstance(p);
	}

	private ResponseEntity<String> upload(String user, String symbol, String title, String language, String name,
			byte[] bytes) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("symbol", symbol);
		parts.add("title", title);
		parts.add("language", language);
		parts.add("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		});
		return client(user).post()
			.uri("/api/v1/documents")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.retrieve()
			.onStatus((s) -> true, (request, response) -> {
			})
			.toEntity(String.class);
	}

	/** The path is a URI template: values are given unencoded and encoded once. */
	private JsonNode get(String user, String path, Object... values) throws IOException {
		return this.json.readTree(client(user).get().uri(path, values).retrieve().body(String.class));
	}

	private int status(String user, String path) {
		return client(user).get().uri(path).retrieve().onStatus((s) -> true, (request, response) -> {
		}).toBodilessEntity().getStatusCode().value();
	}

	private RestClient client(String user) {
		return RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeaders((h) -> h.setBasicAuth(user, "demo"))
			.build();
	}

	private static List<String> languagesOf(JsonNode list) {
		if (list.size() == 0) {
			return List.of();
		}
		return json(list.get(0).get("languages"));
	}

	private static List<String> json(JsonNode array) {
		List<String> out = new java.util.ArrayList<>();
		array.forEach((n) -> out.add(n.asText()));
		return out;
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private static byte[] pdf(String text) throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			doc.getDocumentInformation().setTitle(UUID.randomUUID().toString());
			doc.save(out);
			return out.toByteArray();
		}
	}

}
