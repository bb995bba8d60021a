package org.ecs.gateways.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailLanguageTest {

	@Test
	void shouldTellTheLanguageOfAMailByScriptThenByItsCommonWords() {
		assertThat(MailLanguage.detect("Je ne suis pas d'accord avec la proposition.")).contains("fr");
		assertThat(MailLanguage.detect("No estoy de acuerdo con la propuesta del grupo.")).contains("es");
		assertThat(MailLanguage.detect("We do not agree with the proposal.")).contains("en");
		assertThat(MailLanguage.detect("Ich bin mit dem Vorschlag nicht einverstanden, danke.")).contains("de");
		assertThat(MailLanguage.detect("Я не согласен с предложением.")).contains("ru");
		assertThat(MailLanguage.detect("لا أوافق على الاقتراح.")).contains("ar");
		assertThat(MailLanguage.detect("我不同意这项提议。")).contains("zh");
		assertThat(MailLanguage.detect("この提案には賛成できません。")).contains("ja");
	}

	@Test
	void shouldNotGuessOnTooLittleText() {
		assertThat(MailLanguage.detect("OK")).isEmpty();
		assertThat(MailLanguage.detect("  ")).isEmpty();
		assertThat(MailLanguage.detect("Let me post as the author.")).isEmpty();
	}

}
