package org.ecs.config.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ecs.config.EcsIntegrationTest;
import org.ecs.core.document.DocumentFile;
import org.ecs.core.document.Documents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Files the secretariat mails to the documents address, sent over real SMTP to the
 * sandbox's GreenMail and read back by the IMAP intake, in the shapes mail clients send
 * them: an attachment with no text at all (alone as the message, or alone in a
 * multipart/mixed), an attachment under a text, and a PDF with a DOCX in one mail. Each
 * file waits on the review console as a language version of the symbol in the subject.
 */
@EcsIntegrationTest
class DocumentMailIT {

	private static final String DOCUMENTS_ADDRESS = "ecs+documents@ecs.localhost";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	GreenMail mailSandbox;

	@Autowired
	Documents documents;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldTakeAMailWhoseOnlyPartIsTheAttachment() throws Exception {
		String symbol = symbol("CTBT/PTS/INF.77");
		MimeMessage m = mail(symbol + " Station calibration note");
		// no multipart at all: the message itself is the file
		m.setDataHandler(
				new DataHandler(new ByteArrayDataSource(pdf("Calibration of the stations"), "application/pdf")));
		m.setDisposition(Part.ATTACHMENT);
		m.setFileName("calibration-en.pdf");
		send(m);

		DocumentFile file = awaitInReview(symbol, "en");
		assertThat(file.fileName()).isEqualTo("calibration-en.pdf");
		assertThat(file.mediaType()).isEqualTo("application/pdf");
		assertThat(reviewConsole()).contains(symbol);
	}

	@Test
	void shouldTakeAMultipartMailWithTheAttachmentAndNoText() throws Exception {
		String symbol = symbol("CTBT/PTS/INF.78");
		MimeMessage m = mail(symbol + " Note on noble gas systems");
		MimeMultipart body = new MimeMultipart();
		body.addBodyPart(file("Note sur les systèmes de gaz rares des stations.".getBytes(StandardCharsets.UTF_8),
				"text/plain; charset=UTF-8", "note-fr.txt"));
		m.setContent(body);
		send(m);

		DocumentFile file = awaitInReview(symbol, "fr");
		assertThat(file.source()).isEqualTo(DocumentFile.Source.EMAIL);
		assertThat(reviewConsole()).contains(symbol);
	}

	@Test
	void shouldTakeTheAttachmentUnderAText() throws Exception {
		String symbol = symbol("CTBT/PTS/INF.79");
		MimeMessage m = mail("Fwd: " + symbol + " Infrasound array report");
		MimeMultipart body = new MimeMultipart();
		MimeBodyPart text = new MimeBodyPart();
		text.setText("Please publish the attached report.", "UTF-8");
		body.addBodyPart(text);
		body.addBodyPart(file(pdf("Infrasound array report"), "application/pdf", "infrasound-en.pdf"));
		m.setContent(body);
		send(m);

		awaitInReview(symbol, "en");
		assertThat(reviewConsole()).contains(symbol);
	}

	@Test
	void shouldTakeAPdfAndADocxOfOneMailAsTwoLanguageVersions() throws Exception {
		String symbol = symbol("CTBT/PTS/INF.80");
		MimeMessage m = mail(symbol + " Radionuclide laboratories");
		MimeMultipart body = new MimeMultipart("mixed");
		MimeBodyPart text = new MimeBodyPart();
		text.setText("Two language versions attached.", "UTF-8");
		body.addBodyPart(text);
		body.addBodyPart(file(pdf("Radionuclide laboratories and their certification"), "application/pdf",
				"laboratories-en.pdf"));
		body.addBodyPart(file(docx("Лаборатории радионуклидов и их сертификация."),
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "laboratories-ru.docx"));
		m.setContent(body);
		send(m);

		awaitInReview(symbol, "en");
		DocumentFile russian = awaitInReview(symbol, "ru");
		assertThat(russian.mediaType()).contains("wordprocessingml");
		assertThat(russian.languageMismatch()).isFalse();
		assertThat(reviewConsole()).contains("laboratories-en.pdf", "laboratories-ru.docx");
	}

	private static String symbol(String series) {
		// a suffix numbers up to 9999: a longer one would not read as a suffix
		return series + "/Add." + (1 + (int) (Math.random() * 9999));
	}

	private DocumentFile awaitInReview(String symbol, String language) {
		await().atMost(Duration.ofSeconds(90))
			.untilAsserted(() -> assertThat(inReview(symbol, language))
				.as("%s (%s) on review; the intake said: %s", symbol, language, outcomes())
				.isNotEmpty());
		return inReview(symbol, language).get(0);
	}

	private List<DocumentFile> inReview(String symbol, String language) {
		return this.documents.inReview()
			.stream()
			.filter((f) -> f.language().equals(language)
					&& this.documents.findById(f.documentId()).orElseThrow().symbol().equals(symbol))
			.toList();
	}

	/** What the intake made of the last mails, for a failure's message. */
	private List<String> outcomes() {
		return this.jdbc
			.sql("select coalesce(outcome, 'not processed') || ': ' || coalesce(detail, '') from inbound_mail "
					+ "order by claimed_at desc limit 5")
			.query(String.class)
			.list();
	}

	/** The review console as the secretariat's browser gets it: signed in by the form. */
	private String reviewConsole() throws Exception {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		Matcher token = CSRF
			.matcher(http.send(HttpRequest.newBuilder(uri("/login")).build(), BodyHandlers.ofString()).body());
		assertThat(token.find()).isTrue();
		http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(
					"username=sam&password=demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.build(), BodyHandlers.discarding());
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/review")).build(), BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("documents-in-review");
		return page.body();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private MimeMessage mail(String subject) throws MessagingException {
		MimeMessage m = new MimeMessage(session());
		m.setFrom(new InternetAddress("sam@example.org"));
		m.setRecipient(Message.RecipientType.TO, new InternetAddress(DOCUMENTS_ADDRESS));
		m.setSubject(subject, "UTF-8");
		return m;
	}

	private static MimeBodyPart file(byte[] bytes, String type, String name) throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, type)));
		part.setDisposition(Part.ATTACHMENT);
		part.setFileName(name);
		return part;
	}

	private void send(MimeMessage m) throws MessagingException {
		m.saveChanges();
		try (Transport smtp = session().getTransport("smtp")) {
			smtp.connect();
			smtp.sendMessage(m, m.getAllRecipients());
		}
	}

	private Session session() {
		Properties p = new Properties();
		p.setProperty("mail.smtp.host", "127.0.0.1");
		p.setProperty("mail.smtp.port", String.valueOf(this.mailSandbox.getSmtp().getPort()));
		return Session.getInstance(p);
	}

	static byte[] pdf(String text) throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text + " " + Math.random());
				content.endText();
			}
			doc.save(out);
			return out.toByteArray();
		}
	}

	static byte[] docx(String text) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText(text + " " + Math.random());
			doc.write(out);
			return out.toByteArray();
		}
	}

}
