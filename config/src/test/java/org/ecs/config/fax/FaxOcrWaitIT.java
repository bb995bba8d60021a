package org.ecs.config.fax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.ecs.config.EcsIntegrationTest;
import org.ecs.core.demo.DemoData;
import org.ecs.core.platform.PlatformFeatures;
import org.ecs.core.platform.WaitingFeature;
import org.ecs.gateways.fax.FaxBridgeMailComposer;
import org.ecs.gateways.fax.FaxResolution;
import org.ecs.ocr.tesseract.OcrEngine;
import org.ecs.routes.fax.FaxSettings;
import org.ecs.routes.fax.OcrAvailability;
import org.ecs.routes.outbound.MailSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * ECS on a machine without Tesseract (its model folder points at an empty one): it
 * starts, says which feature waits for which package at start, in the health endpoint and
 * on the pages concerned; a fax that arrives waits in its queue, not in a dead-letter
 * queue; once the models appear (as installing the packages would make them) the fax is
 * read.
 */
@EcsIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FaxOcrWaitIT {

	private static final Path TESSDATA = tempDir();

	@DynamicPropertySource
	static void withoutTesseract(DynamicPropertyRegistry registry) {
		registry.add("ecs.ocr.tessdata", TESSDATA::toString);
		registry.add("ecs.ocr.recheck", () -> "300ms");
	}

	@Autowired
	PlatformFeatures platform;

	@Autowired
	OcrAvailability ocr;

	@Autowired
	JavaMailSender mailSender;

	@Autowired
	MailSettings mail;

	@Autowired
	FaxSettings fax;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void shouldSayOcrWaitsKeepTheFaxWaitingAndReadItOnceTesseractIsThere(CapturedOutput output) throws Exception {
		// said at start, with the command that adds it
		assertThat(output.getOut()).contains("Fax OCR waits for Tesseract")
			.contains("apt-get install -y --no-install-recommends tesseract-ocr");
		assertThat(this.platform.waiting()).extracting(WaitingFeature::feature).contains("ocr");
		Browser anyone = Browser.signIn(this.port, "cora", DemoData.PASSWORD);
		// the parts of health are for administrators
		Browser administrator = Browser.signIn(this.port, "adam", DemoData.PASSWORD);
		String health = administrator.get("/actuator/health").body();
		assertThat(health).contains("\"status\":\"UP\"").contains("\"ocr\":{\"status\":\"WAITING\"");
		assertThat(anyone.get("/review").body()).contains("id=\"waiting-features\"")
			.contains("Fax OCR waits for Tesseract")
			.contains("tesseract-ocr-chi-sim");
		assertThat(anyone.get("/sandbox/fax").body()).contains("id=\"waiting-features\"")
			.contains("apt-get install -y --no-install-recommends tesseract-ocr");

		// a fax arrives: it waits in its queue, neither read without text nor
		// dead-lettered
		String number = "+25420" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
		MimeMessage faxMail = new FaxBridgeMailComposer("HylaFAX Agent <fax-agent@" + this.mail.domain() + ">",
				FaxResolution.NORMAL, this.fax.zone())
			.composeFromPages(Session.getInstance(new Properties()), this.fax.login(this.mail.domain()), List
				.of(new FaxPaper().typedPage(
						List.of("Comments from our national data centre", "The calibration intervals look sound."))),
					FaxResolution.NORMAL, number, Instant.now());
		faxMail.saveChanges();
		this.mailSender.send(faxMail);
		await().atMost(Duration.ofSeconds(30)).until(() -> this.ocr.waitingFaxes() == 1);
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.until(() -> this.ocr.waitingFaxes() == 1 && faxFrom(number).isEmpty());
		assertThat(anyone.get("/review").body()).contains("received faxes wait in their queue (1 now)");

		// Tesseract's models appear, as installing the packages puts them there
		try (Stream<Path> models = Files.list(OcrEngine.DEBIAN_TESSDATA)) {
			for (Path model : models.filter((p) -> p.toString().endsWith(".traineddata")).toList()) {
				Files.createSymbolicLink(TESSDATA.resolve(model.getFileName()), model);
			}
		}
		UUID id = await().atMost(Duration.ofSeconds(90))
			.until(() -> faxFrom(number), Optional::isPresent)
			.orElseThrow();
		String text = this.jdbc.sql("select text from contribution where id = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(text).contains("calibration");
		assertThat(this.ocr.waitingFaxes()).isZero();
		assertThat(this.platform.waiting()).extracting(WaitingFeature::feature).doesNotContain("ocr");
		assertThat(administrator.get("/actuator/health").body()).contains("\"ocr\":{\"status\":\"UP\"");
		assertThat(anyone.get("/review").body()).doesNotContain("id=\"waiting-features\"");
	}

	private Optional<UUID> faxFrom(String number) {
		return this.jdbc.sql("select id from contribution where channel = 'FAX' and facts->>'fax.senderNumber' = ?")
			.param(number)
			.query(UUID.class)
			.optional();
	}

	private static Path tempDir() {
		try {
			return Files.createTempDirectory("ecs-no-tesseract");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@AfterAll
	static void removeModels() throws IOException {
		try (Stream<Path> links = Files.list(TESSDATA)) {
			for (Path link : links.toList()) {
				Files.delete(link);
			}
		}
		Files.delete(TESSDATA);
	}

}
