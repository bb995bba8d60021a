package org.ecs.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.discussion.NewDiscussion;
import org.ecs.core.discussion.ReviewPolicy;
import org.ecs.core.discussion.SubjectKind;
import org.ecs.core.participant.ParticipantDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The document module's story in a real browser: the secretariat uploads a paper in two
 * languages from the form; a monitoring participant finds it by an inflected Russian
 * word, opens it from the discussion on that paper, and downloads it; the fax-only
 * participant is sent a fax naming it, without the file; and an addendum the secretariat
 * mails to the documents address as a bare attachment, without a word of text, waits on
 * the review console as a document, from which the secretariat publishes it.
 */
@EcsIntegrationTest
class DocumentStoryIT {

	@LocalServerPort
	int port;

	@Autowired
	GreenMail mailSandbox;

	@Autowired
	Discussions discussions;

	@Autowired
	ParticipantDirectory participants;

	@RegisterExtension
	final ChromiumPerTest chromium = new ChromiumPerTest();

	WebDriver browser() {
		return this.chromium.driver();
	}

	@Test
	void shouldCarryADocumentFromTheSecretariatToReadersAndAFaxNotice(@org.junit.jupiter.api.io.TempDir Path dir)
			throws Exception {
		String symbol = "CTBT/WGB-61/CRP." + (10 + (int) (Math.random() * 100000));
		String russianText = "Отчёт о техническом обслуживании гидроакустических станций: на всех станциях "
				+ "заменены датчики.";
		Path english = Files.writeString(dir.resolve("report-en.txt"),
				"Report on the maintenance of the hydroacoustic stations: sensors were replaced at every station.");
		Path russian = Files.writeString(dir.resolve("report-ru.txt"), russianText, StandardCharsets.UTF_8);
		long monica = this.participants.findByUsername("monica").orElseThrow().id();
		long faith = this.participants.findByUsername("faith").orElseThrow().id();
		long cora = this.participants.findByUsername("cora").orElseThrow().id();
		long sam = this.participants.findByUsername("sam").orElseThrow().id();
		long discussion = this.discussions
			.create(new NewDiscussion("Hydroacoustic maintenance report", SubjectKind.PAPER, symbol,
					"Comments on the report.", cora, Instant.now().minusSeconds(60),
					Instant.now().plus(Duration.ofDays(7)), ReviewPolicy.EVERY, Set.of(monica, faith)), sam)
			.id();
		int faxesBefore = faxesTo("254201234567").size();

		login("sam");
		browser().get(url("/documents"));
		browser().findElement(By.id("upload-document")).click();
		browser().findElement(By.id("upload-symbol")).sendKeys(symbol);
		browser().findElement(By.id("title-en")).sendKeys("Hydroacoustic stations: maintenance report");
		browser().findElement(By.id("file-en")).sendKeys(english.toString());
		browser().findElement(By.id("title-ru")).sendKeys("Гидроакустические станции: отчёт");
		browser().findElement(By.id("file-ru")).sendKeys(russian.toString());
		// a mark on this page that a reload would wipe: the form is sent by the progress
		// script, and the answer replaces the page's content without leaving it
		((JavascriptExecutor) browser()).executeScript("window.ecsStillThisPage = true;");
		browser().findElement(By.id("upload-submit")).click();
		assertThat(browserWait().until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message"))).getText())
			.contains("2 language versions received");
		assertThat(browser().findElement(By.id("document-symbol")).getText()).isEqualTo(symbol);
		assertThat(((JavascriptExecutor) browser()).executeScript("return window.ecsStillThisPage === true"))
			.isEqualTo(true);
		assertThat(browser().getCurrentUrl()).matches(".*/documents/\\d+");
		logout();

		login("monica");
		browser().get(url("/search"));
		browserWait().until((d) -> {
			d.findElement(By.id("search-q")).clear();
			d.findElement(By.id("search-q")).sendKeys("станция");
			d.findElement(By.id("search-submit")).click();
			return d.findElements(By.cssSelector("#hits li.hit"))
				.stream()
				.anyMatch((h) -> symbol.equals(h.getAttribute("data-symbol"))
						&& "ru".equals(h.getAttribute("data-language")));
		});
		assertThat(browser().findElements(By.cssSelector("#hits li.hit mark")))
			.anyMatch((m) -> m.getText().equals("станциях"));

		browser().get(url("/discussions/" + discussion));
		browser().findElement(By.id("discussion-paper")).click();
		browserWait().until(ExpectedConditions.presenceOfElementLocated(By.id("document-symbol")));
		assertThat(browser().findElement(By.id("document-symbol")).getText()).isEqualTo(symbol);
		String href = browser().findElement(By.id("download-ru")).getAttribute("href");
		Object downloaded = ((JavascriptExecutor) browser())
			.executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + t)));", href);
		assertThat(downloaded).isEqualTo("200 " + russianText);
		logout();

		login("faith");
		browser().get(url("/documents"));
		browser().findElement(By.linkText(symbol)).click();
		assertThat(browser().findElements(By.id("download-ru"))).isEmpty();
		assertThat(browser().findElement(By.id("fax-only-note")).getText()).contains("fax");

		await().atMost(Duration.ofSeconds(90))
			.until(() -> faxesTo("254201234567").size() > faxesBefore
					&& faxesTo("254201234567").stream().anyMatch((text) -> text.contains(symbol)));
		String fax = faxesTo("254201234567").stream().filter((text) -> text.contains(symbol)).findFirst().orElseThrow();
		assertThat(fax).contains("Hydroacoustic stations: maintenance report").doesNotContain("sensors were replaced");
		logout();

		String addendum = symbol + "/Add.1";
		mailAttachmentOnly(addendum + " Station list", "stations-ru.txt",
				"Перечень гидроакустических станций после замены датчиков.");
		login("sam");
		By waiting = By.cssSelector("#documents-in-review li[data-symbol='" + addendum + "']");
		new WebDriverWait(browser(), Duration.ofSeconds(90)).until((d) -> {
			d.get(url("/review"));
			return !d.findElements(waiting).isEmpty();
		});
		assertThat(browser().findElement(waiting).getText()).contains("stations-ru.txt");
		browser().findElement(waiting).findElement(By.cssSelector("button.approve")).click();
		browserWait().until((d) -> d.getCurrentUrl().contains("/review") && d.findElements(waiting).isEmpty());
		browser().get(url("/documents"));
		browserWait().until((d) -> {
			d.navigate().refresh();
			return !d.findElements(By.linkText(addendum)).isEmpty();
		});
	}

	/** A mail from sam's address whose one and only part is the file: no text at all. */
	private void mailAttachmentOnly(String subject, String fileName, String text) throws Exception {
		Properties p = new Properties();
		p.setProperty("mail.smtp.host", "127.0.0.1");
		p.setProperty("mail.smtp.port", String.valueOf(this.mailSandbox.getSmtp().getPort()));
		Session session = Session.getInstance(p);
		MimeMessage m = new MimeMessage(session);
		m.setFrom(new InternetAddress("sam@example.org"));
		m.setRecipient(Message.RecipientType.TO, new InternetAddress("ecs+documents@ecs.localhost"));
		m.setSubject(subject, "UTF-8");
		m.setText(text, "UTF-8");
		m.setDisposition(Part.ATTACHMENT);
		m.setFileName(fileName);
		m.saveChanges();
		try (Transport smtp = session.getTransport("smtp")) {
			smtp.connect();
			smtp.sendMessage(m, m.getAllRecipients());
		}
	}

	/** The text of every PDF faxed to this number through the email-to-fax gateway. */
	private List<String> faxesTo(String digits) throws Exception {
		List<String> texts = new ArrayList<>();
		for (MimeMessage m : this.mailSandbox.getReceivedMessages()) {
			if (!List.of(m.getAllRecipients()).toString().contains(digits)) {
				continue;
			}
			StringBuilder text = new StringBuilder();
			collectPdfText(m, text);
			texts.add(text.toString());
		}
		return texts;
	}

	private static void collectPdfText(Part part, StringBuilder out) throws Exception {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				collectPdfText(multipart.getBodyPart(i), out);
			}
		}
		else if (part.isMimeType("application/pdf")) {
			try (var pdf = Loader.loadPDF(part.getInputStream().readAllBytes())) {
				out.append(new PDFTextStripper().getText(pdf));
			}
		}
		else if (part.getFileName() != null) {
			out.append("[attachment ").append(part.getFileName()).append("]");
		}
	}

	private void login(String user) {
		browser().get(url("/login"));
		browser().findElement(By.cssSelector("#login-form input[name=username]")).sendKeys(user);
		browser().findElement(By.cssSelector("#login-form input[name=password]")).sendKeys("demo");
		browser().findElement(By.id("login")).click();
		browserWait().until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
	}

	private void logout() {
		browser().findElement(By.id("logout")).click();
		browserWait().until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private WebDriverWait browserWait() {
		WebDriverWait wait = new WebDriverWait(browser(), Duration.ofSeconds(60));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		return wait;
	}

}
