package org.ecs.routes.fax;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.ecs.gateways.fax.ReceivedFax;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplySheetTextTest {

	final ReplySheetText text = new ReplySheetText(FaxRecognitionTest.SETTINGS);

	@Test
	void shouldTakeTheSheetsOwnPrintOutOfTheOcrTextEvenGarbled() {
		String ocr = String.join("\n", "ECS", "Discussion 42", "Deadline for comments: 1 January 2027, 00:00 UTC",
				"REPLY SHEET", "ECS-D-42 / P-17", "Frorn: Expert 17", "Write your corment.on the lines below, :",
				"in-any language. - .", "Then fax this whole page back to:", "+43 1 1",
				"Do not write on the square code.", "References to annex B are unclear.", "We support the guidelines.",
				"page 2 of 2");

		FaxIntake stripped = this.text.strip(fax(FaxIntake.QR, ocr));

		assertThat(stripped.text()).isEqualTo("References to annex B are unclear.\nWe support the guidelines.");
		assertThat(stripped.facts()).containsEntry("fax.replySheetLinesRemoved", "12");
	}

	@Test
	void shouldTakeOutThePrintOfASheetSentWithANetworkMessage() {
		String ocr = String.join("\n", "REPLY SHEET", "ECS-P-17", "From: Expert 17",
				"Write your answer on the lines below, in any language; the secretariat passes it on.",
				"Then fax this whole page back to:", "+43 1 1", "Room C suits us.");
		FaxIntake sheet = FaxIntake
			.of(new ReceivedFaxMail("k", "0".repeat(64), null),
					new ReceivedFax("hylafax", "x", Optional.empty(), Optional.empty(), Optional.empty(),
							OptionalInt.empty(), Optional.empty(), List.of()),
					Instant.now())
			.routed(null, FaxFixtures.expert(17, "+254201234567"), FaxIntake.QR)
			.recognised(ocr, Map.of());

		assertThat(this.text.strip(sheet).text()).isEqualTo("Room C suits us.");
	}

	@Test
	void shouldLeaveFaxesWithoutAReplySheetAsRead() {
		String ocr = "REPLY SHEET\nWe agree.";

		assertThat(this.text.strip(fax(FaxIntake.NUMBER, ocr)).text()).isEqualTo(ocr);
	}

	private static FaxIntake fax(String routedBy, String ocr) {
		return FaxIntake
			.of(new ReceivedFaxMail("k", "0".repeat(64), null),
					new ReceivedFax("hylafax", "x", Optional.empty(), Optional.empty(), Optional.empty(),
							OptionalInt.empty(), Optional.empty(), List.of()),
					Instant.now())
			.routed(FaxFixtures.discussion(42), FaxFixtures.expert(17, "+254201234567"), routedBy)
			.recognised(ocr, Map.of());
	}

}
