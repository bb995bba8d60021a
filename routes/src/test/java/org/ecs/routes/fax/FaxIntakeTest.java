package org.ecs.routes.fax;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.ecs.gateways.fax.ReceivedFax;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FaxIntakeTest {

	static final FaxIntake.PageText SHEET = new FaxIntake.PageText(1,
			String.join("\n", "ECS", "Discussion 42", "REPLY SHEET", "ECS-D-42 / P-17", "Frorn: Expert 17",
					"Do not write on the square code.", "We supp0rt the guidelines.", "page 1 of 3"),
			30, 84.5, List.of("Frorn:", "supp0rt"), 0);

	static final FaxIntake.PageText CODE_ONLY = new FaxIntake.PageText(2,
			String.join("\n", "REPLY SHEET", "Then fax this whole page back to:", "+43 1 1", "page 2 of 3"), 12, 88.0,
			List.of("+43"), 0);

	static final FaxIntake.PageText LETTER = new FaxIntake.PageText(3,
			"Annex B is unclear.  \n\n\n\nKind regards\npage 3 of 3", 8, 71.25, List.of("unclear."), 0);

	@Test
	void shouldTakeTheReplySheetsPrintOutOfThePageItWasOn() {
		FaxIntake read = fax().recognised(
				FaxRecognition.tidy(String.join("\f", SHEET.text(), CODE_ONLY.text(), LETTER.text())),
				List.of(SHEET, CODE_ONLY, LETTER), Map.of());

		FaxIntake stripped = new ReplySheetText(FaxRecognitionTest.SETTINGS).strip(read);

		assertThat(stripped.text()).isEqualTo("We supp0rt the guidelines.\nAnnex B is unclear.\n\nKind regards");
		assertThat(stripped.pageTexts()).extracting(FaxIntake.PageText::text)
			.containsExactly("We supp0rt the guidelines.", "", "Annex B is unclear.\n\nKind regards");
		assertThat(stripped.pageTexts()).extracting(FaxIntake.PageText::unsureWords)
			.as("unsure words taken out with their line are no longer marked")
			.containsExactly(List.of("supp0rt"), List.of(), List.of("unclear."));
		assertThat(stripped.pageTexts()).extracting(FaxIntake.PageText::linesRemoved).containsExactly(7, 4, 1);
		assertThat(stripped.pageTexts()).extracting(FaxIntake.PageText::meanConfidence)
			.containsExactly(84.5, 88.0, 71.25);
	}

	@Test
	void shouldDropThePagesTextsWhenTheTextIsNoLongerMadeOfTheirLines() {
		FaxIntake read = fax().recognised("We agree.\n\nAnnex B",
				List.of(new FaxIntake.PageText(1, "We agree.", 2, 90, List.of(), 0),
						new FaxIntake.PageText(2, "Annex B", 2, 90, List.of(), 0)),
				Map.of());

		assertThat(read.recognised("We agree.\nAnnex B", Map.of()).pageTexts()).as("lines taken out only")
			.extracting(FaxIntake.PageText::text)
			.containsExactly("We agree.", "Annex B");
		assertThat(read.recognised("We agree, with changes.\nAnnex B", Map.of()).pageTexts()).isEmpty();
		assertThat(read.recognised("Annex B\nWe agree.", Map.of()).pageTexts()).as("lines out of order").isEmpty();
	}

	@Test
	void shouldKeepTheSameLineOnTwoPagesApart() {
		FaxIntake read = fax().recognised("Yes\nYes", List.of(new FaxIntake.PageText(1, "Yes", 1, 90, List.of(), 0),
				new FaxIntake.PageText(2, "Yes", 1, 90, List.of(), 0)), Map.of());

		assertThat(read.recognised("Yes", Map.of()).pageTexts()).extracting(FaxIntake.PageText::text)
			.containsExactly("Yes", "");
		assertThat(read.recognised("Yes\nYes", Map.of()).pageTexts()).extracting(FaxIntake.PageText::text)
			.containsExactly("Yes", "Yes");
	}

	static FaxIntake fax() {
		return FaxIntake
			.of(new ReceivedFaxMail("k", "0".repeat(64), null),
					new ReceivedFax("hylafax", "x", Optional.empty(), Optional.empty(), Optional.empty(),
							OptionalInt.empty(), Optional.empty(), List.of()),
					Instant.now())
			.routed(FaxFixtures.discussion(42), FaxFixtures.expert(17, "+254201234567"), FaxIntake.QR);
	}

}
