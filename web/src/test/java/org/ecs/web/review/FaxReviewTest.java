package org.ecs.web.review;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FaxReviewTest {

	@Test
	void shouldMarkUnsureWordsAndKeepEveryCharacterOfTheText() {
		String text = "We supp0rt the\ncalibrati0n  guidelines.";

		List<FaxReview.Segment> segments = FaxReview.segments(text, Set.of("supp0rt", "calibrati0n"));

		assertThat(segments.stream().map(FaxReview.Segment::text).collect(Collectors.joining())).isEqualTo(text);
		assertThat(segments).filteredOn(FaxReview.Segment::low)
			.extracting(FaxReview.Segment::text)
			.containsExactly("supp0rt", "calibrati0n");
	}

	@Test
	void shouldReadPagesRouteAndConfidenceFromTheFacts() {
		var item = new org.ecs.core.review.ReviewItem(java.util.UUID.randomUUID(), null, null,
				org.ecs.core.participant.Channel.FAX, null, null, java.time.Instant.now(), "Hello world", null,
				org.ecs.core.review.ReviewState.PENDING, null, null, java.time.Instant.now(),
				"{\"fax.pageImages\": \"aa,bb\", \"fax.routedBy\": \"number\", \"ocr.meanConfidence\": \"71.5\", "
						+ "\"ocr.lowConfidenceWords\": \"world\", \"fax.senderNumber\": \"+254201234567\"}",
				null);

		FaxReview fax = FaxReview.of(item);

		assertThat(fax.pageCount()).isEqualTo(2);
		assertThat(fax.routedBy()).isEqualTo("number");
		assertThat(fax.meanConfidence()).isEqualTo("71.5");
		assertThat(fax.senderNumber()).isEqualTo("+254201234567");
		assertThat(fax.lowConfidenceCount()).isEqualTo(1);
		assertThat(fax.pages()).as("facts from before pages kept their text").isEmpty();
		assertThat(FaxReview.facts("not json")).isEmpty();
	}

	@Test
	void shouldGiveEachPageItsOwnTextUnsureWordsAndConfidence() {
		Map<String, String> facts = Map.of("ocr.pagesRead", "3", "ocr.page.1.text", "Yes supp0rt",
				"ocr.page.1.meanConfidence", "70.0", "ocr.page.1.lowConfidenceWords", "supp0rt Yes", "ocr.page.2.text",
				"", "ocr.page.2.linesRemoved", "5", "ocr.page.2.meanConfidence", "90.0", "ocr.page.3.text", " ",
				"ocr.page.3.lowConfidenceWords", "");

		List<FaxReview.Page> pages = FaxReview.pages(facts, 4, "Yes supp0rt");

		assertThat(pages).extracting(FaxReview.Page::number).containsExactly(1, 2, 3, 4);
		assertThat(pages.get(0).noText()).isNull();
		assertThat(pages.get(0).meanConfidence()).isEqualTo("70.0");
		assertThat(pages.get(0).lowConfidenceCount()).isEqualTo(2);
		assertThat(pages.get(0).segments()).extracting(FaxReview.Segment::low).containsExactly(true, false, true);
		assertThat(pages).extracting(FaxReview.Page::noText)
			.containsExactly(null, FaxReview.Page.PRINT_ONLY, FaxReview.Page.BLANK, FaxReview.Page.NOT_READ);
		assertThat(pages.get(1).lowConfidenceCount()).isZero();
	}

	@Test
	void shouldShowEachPagesLanguageTurnHeaderAndAnInvalidReplySheetCode() {
		var item = new org.ecs.core.review.ReviewItem(java.util.UUID.randomUUID(), null, null,
				org.ecs.core.participant.Channel.FAX, null, null, java.time.Instant.now(), "Ответ", null,
				org.ecs.core.review.ReviewState.PENDING, null, null, java.time.Instant.now(),
				"{\"fax.pageImages\": \"aa\", \"ocr.pagesRead\": \"1\", \"ocr.page.1.text\": \"Ответ\", "
						+ "\"ocr.page.1.language\": \"ru\", \"ocr.page.1.turned\": \"180\", "
						+ "\"fax.headerLines\": \"1: 05/12/2026 FAX +7 495 555 0199 P.1/1\", "
						+ "\"fax.replySheetCodeNotValid\": \"page 1: ECS1:D42:P17:AAAAAAAAAA\"}",
				null);

		FaxReview fax = FaxReview.of(item);

		assertThat(fax.pages()).singleElement().satisfies((page) -> {
			assertThat(page.language()).isEqualTo("ru");
			assertThat(page.turned()).isEqualTo("180");
		});
		assertThat(fax.headerLines()).contains("+7 495 555 0199");
		assertThat(fax.codeNotValid()).isEqualTo("page 1: ECS1:D42:P17:AAAAAAAAAA");
	}

	@Test
	void shouldKeepTheWholeTextBesideAllPagesForAFaxRecordedBeforePageTexts() {
		Map<String, String> older = Map.of("fax.pageImages", "aa,bb", "ocr.lowConfidenceWords", "world");

		assertThat(FaxReview.pages(older, 2, "Hello world")).as("read before pages kept their text").isEmpty();
		assertThat(FaxReview.pages(older, 2, "")).as("no text at all: each page says so")
			.extracting(FaxReview.Page::noText)
			.containsExactly(FaxReview.Page.NOT_READ, FaxReview.Page.NOT_READ);
		assertThat(FaxReview.pages(Map.of("ocr.pagesRead", "1"), 0, "")).as("no page image").isEmpty();
	}

}
