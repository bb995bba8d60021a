package org.ecs.gateways.fax;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Transport;
import org.ecs.ocr.code.ReplyCodes;
import org.ecs.ocr.page.PageImage;
import org.ecs.ocr.page.PageImageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole fax path of a reply: ECS renders a fax with its reply sheet, the sheet goes
 * through two fax transmissions, comes back through the fax-to-email bridge over SMTP and
 * IMAP, and the ocr module finds the code that names the discussion and the participant.
 */
class FaxReplySheetRoundTripIT {

	private static final String INBOX = "ecs-fax-inbox@example.org";

	@RegisterExtension
	static final GreenMailExtension server = GreenMailBoxes.server();

	@Test
	void shouldKnowTheDiscussionAndTheParticipantWhenTheReplySheetIsFaxedBack() throws Exception {
		FaxDocument document = FaxSamples.multilingualComment();
		RenderedFax fax = new FaxDocumentRenderer(FaxDocumentProperties.withReplyNumber("+41 22 555 01 99"))
			.render(document);
		BufferedImage sheet = FaxDegrader.twoTransmissions().degrade(fax.pdf(), fax.pageCount() - 1);
		FaxBridgeMailComposer bridge = new FaxBridgeMailComposer("HylaFAX Agent <fax@sandbox.localhost>",
				FaxResolution.NORMAL, ZoneId.of("UTC"));

		int before = server.getReceivedMessages().length;
		Transport.send(bridge.composeFromPages(GreenMailBoxes.smtpSession(server), INBOX, List.of(sheet),
				FaxResolution.NORMAL, "+41 22 555 01 23", Instant.parse("2026-11-26T08:00:00Z")));

		assertThat(server.waitForIncomingEmail(10_000, before + 1)).isTrue();
		ReceivedFax received = new ReceivedFaxParser(FaxBridgeProperties.defaults(), new FaxNumbers("CH"))
			.parse(FaxBridgeMail.of(GreenMailBoxes.inbox(server, INBOX).get(0)))
			.found()
			.orElseThrow();
		List<PageImage> pages = new PageImageReader().read(received.pages().get(0).bytes(), "image/tiff");
		assertThat(pages).hasSize(1);
		assertThat(pages.get(0).hasSquarePixels()).isTrue();
		String payload = new ReplyCodes().decode(pages.get(0).image()).orElseThrow();
		ReplySheetCode code = ReplySheetCode.parse(payload).orElseThrow();
		assertThat(code.isAuthentic(FaxSamples.KEY)).isTrue();
		assertThat(code.discussionId()).isEqualTo(42);
		assertThat(code.participantId()).isEqualTo(17);
		assertThat(received.senderNumber()).contains("+41225550123");
	}

}
