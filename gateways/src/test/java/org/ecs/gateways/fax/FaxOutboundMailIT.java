package org.ecs.gateways.fax;

import java.io.InputStream;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class FaxOutboundMailIT {

	@RegisterExtension
	static final GreenMailExtension server = GreenMailBoxes.server();

	private final FaxNumbers numbers = new FaxNumbers("CH");

	private final FaxDocumentRenderer renderer = new FaxDocumentRenderer(
			FaxDocumentProperties.withReplyNumber("+41 22 555 01 99"));

	@Test
	void shouldDeliverThePdfIntactToTheNumbersGatewayMailboxWhenSentOverSmtp() throws Exception {
		RenderedFax fax = this.renderer.render(FaxSamples.multilingualComment());
		FaxOutboundMail outbound = new FaxOutboundMail(
				new FaxOutboundProperties("{number}@fax.example.org", true, "ECS <ecs-fax@example.org>", null, null),
				this.numbers);

		MimeMessage message = outbound.compose(GreenMailBoxes.smtpSession(server), "022 555 01 23", fax, "n-1001");
		int before = server.getReceivedMessages().length;
		Transport.send(message);

		assertThat(server.waitForIncomingEmail(10_000, before + 1)).isTrue();
		List<MimeMessage> received = GreenMailBoxes.inbox(server, "+41225550123@fax.example.org");
		assertThat(received).hasSize(1);
		MimeMessage mail = received.get(0);
		assertThat(mail.getSubject()).isEqualTo("ECS fax ECS-N-n-1001");
		assertThat(mail.getHeader(FaxOutboundMail.NOTIFICATION_HEADER, null)).isEqualTo("n-1001");
		Multipart parts = (Multipart) mail.getContent();
		assertThat(parts.getCount()).as("the PDF is the only part").isEqualTo(1);
		Part pdf = parts.getBodyPart(0);
		assertThat(pdf.isMimeType("application/pdf")).isTrue();
		byte[] bytes;
		try (InputStream in = pdf.getInputStream()) {
			bytes = in.readAllBytes();
		}
		assertThat(bytes).isEqualTo(fax.pdf());
		try (PDDocument document = Loader.loadPDF(bytes)) {
			assertThat(document.getNumberOfPages()).isEqualTo(fax.pageCount());
		}
	}

	@Test
	void shouldReachTheDigitsOnlyAddressWhenTheGatewayWantsNoPlus() throws Exception {
		RenderedFax fax = this.renderer.render(FaxSamples.longAnnouncement(2));
		FaxOutboundMail outbound = new FaxOutboundMail(new FaxOutboundProperties("{number}@fax.example.org", false,
				"ecs-fax@example.org", "ECS", "Fax from ECS. All text is in the attached PDF."), this.numbers);

		int before = server.getReceivedMessages().length;
		Transport.send(outbound.compose(GreenMailBoxes.smtpSession(server), "+43 1 26060 0", fax, "n-1002"));

		assertThat(server.waitForIncomingEmail(10_000, before + 1)).isTrue();
		List<MimeMessage> received = GreenMailBoxes.inbox(server, "431260600@fax.example.org");
		assertThat(received).singleElement().satisfies((mail) -> {
			Multipart parts = (Multipart) mail.getContent();
			assertThat(parts.getCount()).isEqualTo(2);
			assertThat(((String) parts.getBodyPart(0).getContent()).strip())
				.isEqualTo("Fax from ECS. All text is in the attached PDF.");
			assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("ecs-fax-n-1002.pdf");
		});
	}

}
