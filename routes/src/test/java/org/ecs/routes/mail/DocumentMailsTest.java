package org.ecs.routes.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentMailsTest {

	@Test
	void shouldFindTheSymbolInASubject() {
		assertThat(DocumentMails.symbolIn("Fwd: CTBT/PTS/INF.1234/Rev.1: revised guidelines")).get()
			.extracting((s) -> s.symbol())
			.isEqualTo("CTBT/PTS/INF.1234/Rev.1");
		assertThat(DocumentMails.symbolIn("Documents for (CTBT/PC-61/1).")).isPresent();
		assertThat(DocumentMails.symbolIn("Budget and/or programme")).isEmpty();
	}

	@Test
	void shouldReadTheLanguageFromTheFileNameElseEnglish() {
		assertThat(DocumentMails.languageOf("PC-61-1_ru.pdf")).isEqualTo("ru");
		assertThat(DocumentMails.languageOf("guidelines (FR).docx")).isEqualTo("fr");
		assertThat(DocumentMails.languageOf("Ares.pdf")).isEqualTo("en");
		assertThat(DocumentMails.languageOf("report.pdf")).isEqualTo("en");
		assertThat(DocumentMails.languageOf(null)).isEqualTo("en");
	}

}
