package org.ecs.ocr.tesseract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageLanguagesTest {

	private final PageLanguages languages = PageLanguages.load();

	@Test
	void shouldOfferTheAllowedLanguagesOfTheScriptWhenDetected() {
		List<String> allowed = List.of("en", "ru", "fr", "es", "ar", "zh");

		assertThat(this.languages.ofScript("Latin", allowed)).containsExactly("en", "fr", "es");
		assertThat(this.languages.ofScript("Cyrillic", allowed)).containsExactly("ru");
		assertThat(this.languages.ofScript("Arabic", allowed)).containsExactly("ar");
		assertThat(this.languages.ofScript("Han", allowed)).containsExactly("zh");
		assertThat(this.languages.ofScript("Greek", allowed)).isEmpty();
		assertThat(this.languages.ofScript(null, allowed)).isEmpty();
	}

	@Test
	void shouldChooseTheLanguageWhoseCommonWordsTheTextHoldsWhenSeveralShareTheScript() {
		List<String> latin = List.of("en", "fr", "es");

		assertThat(
				this.languages.byWords("Nous vous prions de bien vouloir envoyer les documents par télécopie", latin))
			.isEqualTo("fr");
		assertThat(this.languages.byWords("Les pedimos que envíen los documentos por fax al número indicado", latin))
			.isEqualTo("es");
		assertThat(this.languages.byWords("We kindly ask that the documents be sent by fax to the number", latin))
			.isEqualTo("en");
	}

	@Test
	void shouldKeepThePreferredLanguageWhenTheWordsDoNotTell() {
		assertThat(this.languages.byWords("WP.7/2027/3 12 18 25", List.of("es", "en", "fr"))).isEqualTo("es");
	}

	@Test
	void shouldBeSureOnlyWhenAFewLinesHoldEnoughCommonWordsOfOneLanguage() {
		List<String> latin = List.of("en", "fr", "es");

		assertThat(this.languages
			.surelyByWords("Nous vous prions de bien vouloir envoyer les documents de la réunion par télécopie", latin))
			.isEqualTo("fr");
		// two words say little, and "de la" is French and Spanish alike
		assertThat(this.languages.surelyByWords("Rapport de la session", latin)).isNull();
		assertThat(this.languages.surelyByWords("WP.7/2027/3 12 18 25", latin)).isNull();
	}

}
