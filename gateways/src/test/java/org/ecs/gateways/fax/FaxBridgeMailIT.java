package org.ecs.gateways.fax;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;

import javax.imageio.ImageIO;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.ecs.ocr.page.PageImage;
import org.ecs.ocr.page.PageImageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class FaxBridgeMailIT {

	private static final String INBOX = "ecs-fax-inbox@example.org";

	@RegisterExtension
	static final GreenMailExtension server = GreenMailBoxes.server();

	private final FaxNumbers numbers = new FaxNumbers("CH");

	@Test
	void shouldReadTheFaxBackFromImapWhenTheSandboxFaxesAnUploadedPage() throws Exception {
		Session session = GreenMailBoxes.smtpSession(server);
		FaxBridgeMailComposer composer = new FaxBridgeMailComposer("HylaFAX Agent <fax@sandbox.localhost>",
				FaxResolution.FINE, ZoneId.of("Europe/Zurich"));
		Instant received = Instant.parse("2026-11-25T09:04:12Z");

		int before = server.getReceivedMessages().length;
		Transport.send(composer.compose(session, INBOX, handwrittenPage(), "image/png", "+41 22 555 01 23", received));

		assertThat(server.waitForIncomingEmail(10_000, before + 1)).isTrue();
		List<MimeMessage> inbox = GreenMailBoxes.inbox(server, INBOX);
		ReceivedFaxParser parser = new ReceivedFaxParser(
				new FaxBridgeProperties(null, ZoneId.of("Europe/Zurich"), null), this.numbers);
		ReceivedFax fax = parser.parse(FaxBridgeMail.of(inbox.get(0))).found().orElseThrow();
		assertThat(fax.format()).isEqualTo("hylafax");
		assertThat(fax.senderNumber()).contains("+41225550123");
		assertThat(fax.statedPages()).isEqualTo(OptionalInt.of(1));
		assertThat(fax.received()).contains(received);
		List<PageImage> pages = new PageImageReader().read(fax.pages().get(0).bytes(), "image/tiff");
		assertThat(pages).singleElement().satisfies((page) -> {
			assertThat(page.width()).isEqualTo(FaxResolution.LINE_PIXELS);
			assertThat(page.hasSquarePixels()).isTrue();
		});
	}

	@Test
	void shouldReadTheDeliveryReportFromImapWhenHylafaxNotifiesCompletion() throws Exception {
		Session session = GreenMailBoxes.smtpSession(server);
		MimeMessage report;
		try (InputStream in = getClass().getResourceAsStream("delivery/hylafax-notify-done.eml")) {
			report = new MimeMessage(session, in);
		}

		int before = server.getReceivedMessages().length;
		Transport.send(report, new InternetAddress[] { new InternetAddress("ecs-fax@example.org") });

		assertThat(server.waitForIncomingEmail(10_000, before + 1)).isTrue();
		MimeMessage fetched = GreenMailBoxes.inbox(server, "ecs-fax@example.org").get(0);
		FaxDeliveryReport parsed = new FaxDeliveryReportParser(FaxDeliveryReportProperties.defaults(), this.numbers)
			.parse(FaxBridgeMail.of(fetched))
			.found()
			.orElseThrow();
		assertThat(parsed.outcome()).isEqualTo(FaxDeliveryReport.Outcome.DELIVERED);
		assertThat(parsed.notificationId()).contains("5f0c2a1e-7d7b-4f7e-9a51-2b1c0d9e8f70");
		assertThat(parsed.pages()).isEqualTo(OptionalInt.of(3));
	}

	private static byte[] handwrittenPage() throws Exception {
		BufferedImage page = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = page.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, page.getWidth(), page.getHeight());
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SERIF, Font.ITALIC, 40));
		g.drawString("I support the proposed wording.", 120, 400);
		g.dispose();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(page, "png", png);
		return png.toByteArray();
	}

}
