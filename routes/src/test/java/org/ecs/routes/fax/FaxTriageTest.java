package org.ecs.routes.fax;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.ecs.core.blob.BlobStore;
import org.ecs.gateways.fax.FaxBridgeProperties;
import org.ecs.gateways.fax.FaxDeliveryReport;
import org.ecs.gateways.fax.FaxDeliveryReportParser;
import org.ecs.gateways.fax.FaxDeliveryReportProperties;
import org.ecs.gateways.fax.FaxNumbers;
import org.ecs.gateways.fax.ReceivedFaxParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FaxTriageTest {

	@TempDir
	Path dir;

	BlobStore blobs;

	FaxTriage triage;

	@BeforeEach
	void setUp() {
		this.blobs = new BlobStore(this.dir);
		FaxNumbers numbers = new FaxNumbers("AT");
		this.triage = new FaxTriage(this.blobs, new ReceivedFaxParser(FaxBridgeProperties.defaults(), numbers),
				new FaxDeliveryReportParser(FaxDeliveryReportProperties.defaults(), numbers));
	}

	@Test
	void shouldReadAHylafaxBridgeMailAsAFax() throws Exception {
		byte[] raw = FaxFixtures.bridgeMail(List.of(FaxFixtures.typedPage(List.of("Hello"))), "+254 20 1234567",
				Instant.parse("2026-11-25T10:00:00Z"));

		BridgeMail read = this.triage.read(kept(raw));

		assertThat(read).isInstanceOfSatisfying(BridgeMail.Fax.class, (fax) -> {
			assertThat(fax.fax().senderNumber()).contains("+254201234567");
			assertThat(fax.fax().pages()).hasSize(1);
			assertThat(fax.fax().received()).contains(Instant.parse("2026-11-25T10:00:00Z"));
		});
	}

	@Test
	void shouldReadAGatewayReportOnOneOfOurFaxes() throws Exception {
		MimeMessage report = new MimeMessage(FaxFixtures.SESSION);
		report.setFrom(new InternetAddress("fax@gateway.example.org"));
		report.setRecipient(Message.RecipientType.TO, new InternetAddress(FaxFixtures.BRIDGE));
		report.setSubject("facsimile job ECS-N-42 to +254201234567 failed");
		report.setText("Your job to +254201234567 failed because:\n    Busy signal detected\n");

		BridgeMail read = this.triage.read(kept(bytes(report)));

		assertThat(read).isInstanceOfSatisfying(BridgeMail.DeliveryReport.class, (r) -> {
			assertThat(r.report().notificationId()).contains("42");
			assertThat(r.report().outcome()).isEqualTo(FaxDeliveryReport.Outcome.FAILED);
		});
	}

	@Test
	void shouldSetAsideMailThatIsNeitherAndMailThatIsNotMimeAtAll() throws Exception {
		MimeMessage chat = new MimeMessage(FaxFixtures.SESSION);
		chat.setFrom(new InternetAddress("someone@example.org"));
		chat.setSubject("Lunch?");
		chat.setText("Not a fax.");

		assertThat(this.triage.read(kept(bytes(chat)))).isInstanceOfSatisfying(BridgeMail.Unrecognised.class,
				(u) -> assertThat(u.reason()).contains("Lunch?"));
		assertThat(this.triage.read(kept(new byte[] { 0, 1, 2, (byte) 0xff })))
			.isInstanceOf(BridgeMail.Unrecognised.class);
		assertThat(this.triage.read(kept("\r\n\r\n".getBytes(StandardCharsets.US_ASCII))))
			.isInstanceOf(BridgeMail.Unrecognised.class);
	}

	private ReceivedFaxMail kept(byte[] raw) {
		return new ReceivedFaxMail(FaxOriginals.keyOf(raw), this.blobs.put(raw), null);
	}

	private static byte[] bytes(MimeMessage message) throws Exception {
		message.saveChanges();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		message.writeTo(out);
		return out.toByteArray();
	}

}
