package org.ecs.web.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonLocaleResolverTest {

	@Test
	void shouldPickTheFirstOfTheSixByWeight() {
		assertThat(PersonLocaleResolver.fromBrowser("de-DE, de;q=0.9, es;q=0.4, fr;q=0.6")).isEqualTo("fr");
	}

	@Test
	void shouldFoldRegionalVariantsIntoTheirLanguage() {
		assertThat(PersonLocaleResolver.fromBrowser("zh-TW")).isEqualTo("zh");
		assertThat(PersonLocaleResolver.fromBrowser("ar-EG,ar;q=0.9")).isEqualTo("ar");
		assertThat(PersonLocaleResolver.fromBrowser("es-419")).isEqualTo("es");
	}

	@Test
	void shouldFallBackToEnglishWhenNothingFitsOrTheHeaderIsGarbage() {
		assertThat(PersonLocaleResolver.fromBrowser(null)).isEqualTo("en");
		assertThat(PersonLocaleResolver.fromBrowser("de, it")).isEqualTo("en");
		assertThat(PersonLocaleResolver.fromBrowser(";;q=x,,")).isEqualTo("en");
		assertThat(PersonLocaleResolver.fromBrowser("fr;q=0")).isEqualTo("en");
	}

}
