package org.ecs.web.review;

import java.util.List;
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
		assertThat(FaxReview.facts("not json")).isEmpty();
	}

}
