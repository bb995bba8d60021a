package org.ecs.ocr.tesseract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OcrLanguagesTest {

	@Test
	void shouldMapUnLanguagesWhenGivenIsoCodes() {
		assertThat(OcrLanguages.toTesseract(List.of("en", "fr", "es", "ru", "ar", "zh")))
			.isEqualTo("eng+fra+spa+rus+ara+chi_sim");
	}

	@Test
	void shouldAcceptRegionsAndModelNamesWhenGiven() {
		assertThat(OcrLanguages.toTesseract(List.of("zh-CN", "en_GB", "chi_sim", "FRA"))).isEqualTo("chi_sim+eng+fra");
	}

	@Test
	void shouldUseEnglishWhenNoLanguageIsGiven() {
		assertThat(OcrLanguages.toTesseract(List.of())).isEqualTo("eng");
	}

	@Test
	void shouldRejectLanguageWhenUnknown() {
		assertThatIllegalArgumentException().isThrownBy(() -> OcrLanguages.toTesseract(List.of("x1")));
	}

}
