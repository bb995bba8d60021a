package org.ecs.core.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InputTextTest {

	@Test
	void shouldTakeTextInEveryScriptWithLineBreaksAndTabs() {
		assertThat(InputText.problem("text", "Agreed.\r\n\tМы согласны. 我们同意。 نحن موافقون 😀")).isEmpty();
		assertThat(InputText.problem("text", null)).isEmpty();
	}

	@Test
	void shouldNameTheFieldAndTheCharacterWhenTextHoldsANul() {
		assertThat(InputText.problem("subject", "Hello\u0000world"))
			.contains("subject: contains the control character U+0000, which text cannot hold.");
		assertThat(InputText.problem("title", "bell\u0007")).get().asString().contains("U+0007");
	}

	@Test
	void shouldRefuseALoneSurrogate() {
		assertThat(InputText.problem("text", "broken \ud800 here")).get().asString().startsWith("text: ");
		assertThat(InputText.problem("text", "end \udc00")).isPresent();
	}

	@Test
	void shouldRefuseAKeyLongerThanTwoHundredCharacters() {
		assertThat(InputText.keyProblem("requestKey", "k".repeat(200))).isEmpty();
		assertThat(InputText.keyProblem("requestKey", "k".repeat(1_000_000)))
			.contains("requestKey: at most 200 characters.");
	}

}
