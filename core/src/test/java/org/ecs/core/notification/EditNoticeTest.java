package org.ecs.core.notification;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EditNoticeTest {

	@Test
	void shouldTellTheAuthorInEachOfTheSixLanguagesWhoEditedWhichDiscussion() {
		for (String language : List.of("en", "fr", "es", "ru", "ar", "zh")) {
			EditNotice notice = EditNotice.in(language);
			assertThat(notice.subject("Siting")).as(language).contains("Siting").doesNotContain("{");
			assertThat(notice.body("Cora", "Siting", "The published words.")).as(language)
				.contains("Cora")
				.contains("Siting")
				.endsWith("The published words.")
				.doesNotContain("{");
		}
		assertThat(EditNotice.in("fr").subject("Siting")).startsWith("Votre commentaire");
		assertThat(EditNotice.in("ar").subject("Siting")).startsWith("عُدّل");
	}

	@Test
	void shouldWriteEnglishForALanguageNotAmongTheSix() {
		assertThat(EditNotice.in("de").subject("Siting")).isEqualTo(EditNotice.in("en").subject("Siting"))
			.startsWith("Your comment");
		assertThat(EditNotice.in(null).subject("Siting")).startsWith("Your comment");
	}

}
