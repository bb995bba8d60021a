package org.ecs.routes.fax;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class FaxReplySheetKeyTest {

	@Test
	void shouldUseTheDevelopmentKeyOnlyInTheSandbox() {
		assertThat(FaxReplySheetKey.of("", true).bytes()).isEqualTo(FaxReplySheetKey.DEVELOPMENT);
		assertThatIllegalStateException().isThrownBy(() -> FaxReplySheetKey.of("", false))
			.withMessageContaining("ecs.fax.reply-sheet-key is required");
	}

	@Test
	void shouldTakeAConfiguredKeyEvenInTheSandbox() {
		byte[] key = "0123456789abcdef0123".getBytes();
		assertThat(FaxReplySheetKey.of(Base64.getEncoder().encodeToString(key), true).bytes()).isEqualTo(key);
	}

	@Test
	void shouldRefuseShortOrGarbledKeys() {
		assertThatIllegalStateException()
			.isThrownBy(() -> FaxReplySheetKey.of(Base64.getEncoder().encodeToString(new byte[8]), false))
			.withMessageContaining("16 bytes");
		assertThatIllegalStateException().isThrownBy(() -> FaxReplySheetKey.of("not base64!", false))
			.withMessageContaining("base64");
	}

}
