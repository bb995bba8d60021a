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
				// a rule reads a line as QuoteHeaderRules.seen gives it
				assertThat(rule.pattern().matcher(QuoteHeaderRules.seen(example)).find())
					.as("%s on %s", rule.id(), example)
					.isTrue();
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
		// verb-last languages: a sentence ending in "wrote" is the author's, an
		// attribution
		// ends in a colon
		assertThat(ReplyTrimmer.isQuoteHeader("در سال ۲۰۲۶ کمیته گزارش را نوشت")).isFalse();
		assertThat(ReplyTrimmer.isQuoteHeader("2026년 11월 18일 회의 결과를 앤이 작성")).isFalse();
		assertThat(ReplyTrimmer.isQuoteHeader("2027년 예산안 작성:")).isFalse();
		assertThat(ReplyTrimmer.isQuoteHeader("18 नवंबर 2026 को ऐन ने लिखा कि स्टेशन तैयार नहीं हैं।")).isFalse();
	}

	@Test
	void shouldReadRightToLeftAttributionsWithTheirDirectionMarksAndDigits() {
		// Gmail wraps them in U+202B ... U+202C; Persian dates are in Persian digits
		assertThat(ReplyTrimmer
			.isQuoteHeader("\u202Bدر تاریخ چهارشنبه ۱۸ نوامبر ۲۰۲۶ ساعت ۱۸:۴۵ ECS <a@b.org> نوشت:\u202C")).isTrue();
		assertThat(ReplyTrimmer.isQuoteHeader("\u202Bفي الأربعاء، 18 نوفمبر 2026 في 6:45 م، كتب ECS <a@b.org>:\u202C"))
			.isTrue();
		assertThat(QuoteHeaderRules.seen("\u202B۱۸:۴۵ ١٨\u202C")).isEqualTo("18:45 18");
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
