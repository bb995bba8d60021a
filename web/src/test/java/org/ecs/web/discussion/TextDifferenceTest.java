package org.ecs.web.discussion;

import java.util.List;

import org.ecs.web.discussion.TextDifference.Change;
import org.ecs.web.discussion.TextDifference.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextDifferenceTest {

	@Test
	void shouldMarkTheWordsAReviewerRemovedAndAdded() {
		List<Segment> d = TextDifference.between("We support the draft, you idiots.", "We support the draft.");
		assertThat(d).containsExactly(new Segment("We support the ", Change.KEPT),
				new Segment("draft, you idiots.", Change.REMOVED), new Segment("draft.", Change.ADDED));
	}

	@Test
	void shouldReadBackBothTextsExactly() {
		String original = "Paragraph 4:\n  replace \"shall\" by \"should\".\nThanks, Bruno";
		String published = "Paragraph 4:\n  replace \"shall\" by \"should\".";
		List<Segment> d = TextDifference.between(original, published);
		assertThat(String.join("", d.stream().filter((s) -> !s.added()).map(Segment::text).toList()))
			.isEqualTo(original);
		assertThat(String.join("", d.stream().filter((s) -> !s.removed()).map(Segment::text).toList()))
			.isEqualTo(published);
	}

	@Test
	void shouldKeepEverythingWhenNothingChanged() {
		assertThat(TextDifference.between("Same text", "Same text"))
			.containsExactly(new Segment("Same text", Change.KEPT));
	}

}
