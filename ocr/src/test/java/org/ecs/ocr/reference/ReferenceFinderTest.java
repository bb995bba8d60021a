package org.ecs.ocr.reference;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceFinderTest {

	private final ReferenceFinder finder = new ReferenceFinder("ECS-D-(\\d+)");

	@Test
	void shouldFindReferenceWhenPrintedExactly() {
		List<ReferenceFinder.Match> matches = this.finder.find("Re: ECS-D-1234 budget");

		assertThat(matches).singleElement().satisfies((match) -> {
			assertThat(match.value()).isEqualTo("1234");
			assertThat(match.text()).isEqualTo("ECS-D-1234");
			assertThat(match.start()).isEqualTo(4);
		});
	}

	@Test
	void shouldFindReferenceWhenOcrConfusedLettersAndDigits() {
		assertThat(this.finder.find("EC5-D-I2O4")).singleElement()
			.extracting(ReferenceFinder.Match::value)
			.isEqualTo("1204");
		assertThat(this.finder.find("ecs-d-l2S8")).singleElement()
			.extracting(ReferenceFinder.Match::value)
			.isEqualTo("1258");
	}

	@Test
	void shouldFindReferenceWhenDashesAreEnDashesOrSpaces() {
		assertThat(this.finder.find("ECS\u2013D\u2014771")).singleElement()
			.extracting(ReferenceFinder.Match::value)
			.isEqualTo("771");
		assertThat(this.finder.find("E C S - D - 12 34")).singleElement()
			.extracting(ReferenceFinder.Match::value)
			.isEqualTo("1234");
		assertThat(this.finder.find("ECS D 42")).singleElement()
			.extracting(ReferenceFinder.Match::value)
			.isEqualTo("42");
	}

	@Test
	void shouldNotReadTheNextWordAsDigitsWhenNumberIsFollowedByText() {
		assertThat(this.finder.find("ECS-D-1234 Sent by fax")).singleElement()
			.extracting(ReferenceFinder.Match::value)
			.isEqualTo("1234");
	}

	@Test
	void shouldFindEveryReferenceWhenTextHoldsSeveral() {
		assertThat(this.finder.find("ECS-D-1 and ECS-D-22")).extracting(ReferenceFinder.Match::value)
			.containsExactly("1", "22");
	}

	@Test
	void shouldFindNothingWhenPrefixDiffers() {
		assertThat(this.finder.find("ECS-X-1234 and ABC-D-1")).isEmpty();
	}

	@Test
	void shouldKeepLettersWhenGroupIsNotNumeric() {
		ReferenceFinder recipients = new ReferenceFinder("R-([A-Z]{2})(\\d{3})");

		assertThat(recipients.find("R\u2013FR 0O7")).singleElement()
			.extracting(ReferenceFinder.Match::groups)
			.isEqualTo(List.of("FR", "007"));
	}

	@Test
	void shouldKeepGroupConstructsWhenPatternUsesThem() {
		ReferenceFinder finder = new ReferenceFinder("(?<!\\w)(?:ECS|EXP)-(?<id>\\d+)(?=\\s|$)");

		assertThat(finder.find("see EXP-I7 and xECS-1 and ECS-22")).extracting(ReferenceFinder.Match::value)
			.containsExactly("17", "22");
	}

	@Test
	void shouldTellExactFromTolerantMatchWhenAsked() {
		assertThat(this.finder.containsExactly("ECS-D-12")).isTrue();
		assertThat(this.finder.containsExactly("EC5-D-12")).isFalse();
	}

}
