package org.ecs.routes.fax;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.ecs.core.contribution.Attachment;
import org.ecs.core.contribution.Contribution;
import org.ecs.core.participant.Channel;
import org.ecs.gateways.fax.ReceivedFax;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FaxContributionsTest {

	final List<Contribution> submitted = new ArrayList<>();

	final FaxContributions contributions = new FaxContributions(this.submitted::add);

	@Test
	void shouldSubmitAFaxContributionWithItsOriginalPagesAndFacts() {
		Instant at = Instant.parse("2026-11-25T10:00:00Z");
		FaxIntake fax = FaxIntake
			.of(new ReceivedFaxMail("m1@bridge", "a".repeat(64), at),
					new ReceivedFax("hylafax", "Kenya NDC", Optional.of("+254201234567"), Optional.of("Kenya NDC"),
							Optional.empty(), OptionalInt.of(1), Optional.of(at), List.of()),
					at)
			.withPages(List.of(), List.of(new Attachment("fax-page-1.png", "image/png", 3, "b".repeat(64))),
					Map.of("fax.pages", "1"))
			.routed(FaxFixtures.discussion(42), FaxFixtures.expert(17, "+254201234567"), FaxIntake.QR)
			.recognised("We agree.", Map.of("ocr.meanConfidence", "91.0"));

		FaxIntake done = this.contributions.submit(fax);

		assertThat(this.submitted).singleElement().satisfies((c) -> {
			assertThat(c.id()).isEqualTo(done.contributionId());
			assertThat(c.channel()).isEqualTo(Channel.FAX);
			assertThat(c.discussionId()).isEqualTo(42);
			assertThat(c.authorId()).isEqualTo(17);
			assertThat(c.receivedAt()).isEqualTo(at);
			assertThat(c.text()).isEqualTo("We agree.");
			assertThat(c.originalKey()).isEqualTo("a".repeat(64));
			assertThat(c.attachments()).extracting(Attachment::name).containsExactly("fax-page-1.png");
			assertThat(c.dedupeKey()).isEqualTo("fax:m1@bridge");
			assertThat(c.loggedBy()).isNull();
			assertThat(c.facts()).containsEntry("fax.routedBy", "qr")
				.containsEntry("fax.senderNumber", "+254201234567")
				.containsEntry("fax.tsi", "Kenya NDC")
				.containsEntry("fax.pages", "1")
				.containsEntry("ocr.meanConfidence", "91.0");
		});
		this.contributions.submit(fax);
		assertThat(this.submitted.get(1).id()).as("the same mail is the same contribution")
			.isEqualTo(this.submitted.get(0).id());
	}

	@Test
	void shouldLeaveDiscussionAndAuthorOpenWhenNothingTold() {
		FaxIntake fax = FaxIntake.of(
				new ReceivedFaxMail("m2", "a".repeat(64), null), new ReceivedFax("hylafax", "?", Optional.empty(),
						Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(), List.of()),
				Instant.now());

		this.contributions.submit(fax);

		assertThat(this.submitted).singleElement().satisfies((c) -> {
			assertThat(c.discussionId()).isNull();
			assertThat(c.authorId()).isNull();
			assertThat(c.facts()).containsEntry("fax.routedBy", "unassigned");
			assertThat(c.facts()).as("no OCR, no page texts").doesNotContainKey(FaxContributions.PAGES_READ);
		});
	}

	@Test
	void shouldKeepEachPagesTextConfidenceAndUnsureWordsInTheFacts() {
		List<FaxIntake.PageText> pages = List.of(FaxIntakeTest.SHEET, FaxIntakeTest.CODE_ONLY, FaxIntakeTest.LETTER,
				new FaxIntake.PageText(4, "", 0, 0, List.of(), 0));
		FaxIntake read = FaxIntakeTest.fax()
			.recognised(FaxRecognition.tidy(String.join("\f", pages.stream().map(FaxIntake.PageText::text).toList())),
					pages, Map.of());
		FaxIntake stripped = new ReplySheetText(FaxRecognitionTest.SETTINGS).strip(read);

		this.contributions.submit(stripped);

		assertThat(this.submitted).singleElement().satisfies((c) -> {
			assertThat(c.text()).isEqualTo("We supp0rt the guidelines.\nAnnex B is unclear.\n\nKind regards");
			assertThat(c.facts()).containsEntry("ocr.pagesRead", "4")
				.containsEntry("ocr.page.1.text", "We supp0rt the guidelines.")
				.containsEntry("ocr.page.1.lowConfidenceWords", "supp0rt")
				.containsEntry("ocr.page.1.meanConfidence", "84.5")
				.containsEntry("ocr.page.1.words", "30")
				.containsEntry("ocr.page.1.linesRemoved", "7")
				.containsEntry("ocr.page.2.text", "")
				.containsEntry("ocr.page.2.lowConfidenceWords", "")
				.containsEntry("ocr.page.2.meanConfidence", "88.0")
				.containsEntry("ocr.page.2.linesRemoved", "4")
				.containsEntry("ocr.page.3.text", "Annex B is unclear.\n\nKind regards")
				.containsEntry("ocr.page.3.lowConfidenceWords", "unclear.")
				.containsEntry("ocr.page.3.meanConfidence", "71.3")
				.containsEntry("ocr.page.3.linesRemoved", "1")
				.containsEntry("ocr.page.4.text", "")
				.containsEntry("ocr.page.4.words", "0")
				.doesNotContainKeys("ocr.page.4.meanConfidence", "ocr.page.4.linesRemoved", "ocr.page.5.text");
		});
	}

}
