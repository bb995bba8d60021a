package org.ecs.gateways.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteHeaderRulesTest {

	private final QuoteHeaderRules rules = QuoteHeaderRules.get();

	@Test
	void shouldRecogniseEveryExampleOfEveryRuleAndPassItsGate() {
		assertThat(this.rules.rules()).hasSizeGreaterThan(10);
		for (QuoteHeaderRule rule : this.rules.rules()) {
			assertThat(rule.examples()).as(rule.id()).isNotEmpty();
			for (String example : rule.examples()) {
				assertThat(rule.pattern().matcher(example).find()).as("%s on %s", rule.id(), example).isTrue();
				assertThat(rule.mayMatch(this.rules.words(example))).as("gate of %s on %s", rule.id(), example)
					.isTrue();
				assertThat(ReplyTrimmer.isQuoteHeader(example)).as(example).isTrue();
			}
		}
	}

	@Test
	void shouldNotTakeOrdinarySentencesForQuoteHeaders() {
		assertThat(ReplyTrimmer.isQuoteHeader("On Monday I wrote to the secretariat about article 4.")).isFalse();
		assertThat(ReplyTrimmer.isQuoteHeader("Le texte de 2026 est bon.")).isFalse();
		assertThat(ReplyTrimmer.isQuoteHeader("В 2026 году мы писали об этом много раз.")).isFalse();
		assertThat(ReplyTrimmer.isQuoteHeader("我们在2026年讨论过这个问题。")).isFalse();
	}

	@Test
	void shouldExpandVocabulariesOfEveryLanguageIntoThePatterns() {
		QuoteVocabulary words = QuoteVocabulary.get();
		assertThat(words.of("ru", "wrote")).contains("пишет");
		assertThat(words.of("zh", "wrote")).contains("写道");
		assertThat(words.alternation("wrote")).contains("\\Qwrote\\E", "\\Qescribió\\E");
		assertThat(words.gateWords("forwarded")).contains("forwarded", "transféré");
	}

}
