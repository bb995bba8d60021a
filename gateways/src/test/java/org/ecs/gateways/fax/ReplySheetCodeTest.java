package org.ecs.gateways.fax;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplySheetCodeTest {

	private static final byte[] KEY = FaxSamples.KEY;

	@Test
	void shouldRoundTripThroughItsTextWhenIssued() {
		ReplySheetCode code = ReplySheetCode.issue(42, 17, KEY);

		assertThat(code.format()).matches("ECS1:D42:P17:[A-Z2-7]{10}");
		assertThat(ReplySheetCode.parse(code.format())).contains(code);
		assertThat(code.reference()).isEqualTo("ECS-D-42 / P-17");
		assertThat(code.isAuthentic(KEY)).isTrue();
	}

	@Test
	void shouldUseOnlyQrAlphanumericCharactersSoTheCodeStaysSmall() {
		String payload = ReplySheetCode.issue(123456789, 987654321, KEY).format();

		assertThat(payload).matches("[0-9A-Z $%*+\\-./:]+");
	}

	@Test
	void shouldForgiveCaseAndSpacesWhenTheCodeWasTypedByHand() {
		ReplySheetCode code = ReplySheetCode.issue(5, 6, KEY);

		assertThat(ReplySheetCode.parse("  " + code.format().toLowerCase().replace(":", " : ") + "\n")).contains(code);
	}

	@Test
	void shouldNotBeAuthenticWhenTheIdsWereChangedOrTheKeyDiffers() {
		ReplySheetCode code = ReplySheetCode.issue(42, 17, KEY);
		ReplySheetCode forged = new ReplySheetCode(42, 18, code.mac());

		assertThat(forged.isAuthentic(KEY)).isFalse();
		assertThat(code.isAuthentic("another-key-of-enough-length!!".getBytes(StandardCharsets.US_ASCII))).isFalse();
	}

	@Test
	void shouldNotParseWhenTheTextIsNoReplyCode() {
		assertThat(ReplySheetCode.parse(null)).isEmpty();
		assertThat(ReplySheetCode.parse("")).isEmpty();
		assertThat(ReplySheetCode.parse("ECS1:D42:P17")).isEmpty();
		assertThat(ReplySheetCode.parse("ECS2:D42:P17:ABCDEFGHIJ")).isEmpty();
		assertThat(ReplySheetCode.parse("ECS1:D42:P17:ABCDEFGHI1")).isEmpty();
		assertThat(ReplySheetCode.parse("https://example.org/")).isEmpty();
	}

	@Test
	void shouldRefuseAShortKey() {
		assertThatThrownBy(() -> ReplySheetCode.issue(1, 2, new byte[8])).isInstanceOf(IllegalArgumentException.class);
	}

}
