package org.ecs.core.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextAnalysisTest {

	@Test
	void shouldFindArabicWithAndWithoutTheArticle() {
		List<String> withArticle = terms("ar", "المحطة");
		List<String> without = terms("ar", "محطة");
		assertThat(withArticle).isEqualTo(without);
	}

	@Test
	void shouldSegmentChineseIntoWords() {
		List<String> words = terms("zh", "放射性核素监测站的校准");
		assertThat(words).contains("放射性", "监测站", "校准");
		assertThat(TextAnalysis.tsquery("zh", "监测站校准")).isEqualTo("('监测站' <-> '校准')");
	}

	@Test
	void shouldWriteLiteralsPostgresReadsWithoutItsParser() {
		List<TextAnalysis.Term> terms = TextAnalysis.terms("zh", "校准");
		assertThat(TextAnalysis.tsvector(terms, 1, 'A')).isEqualTo("'校准':1A");
		assertThat(TextAnalysis.tsvector(List.of(new TextAnalysis.Term("it's", 0, 4)), 20000, null))
			.isEqualTo("'it''s':16383");
		assertThat(TextAnalysis.tsquery("ar", "   ")).isNull();
	}

	@Test
	void shouldHighlightInflectedForms() {
		String text = "Данные со станциях мониторинга. Каждая станция передаёт данные.";
		assertThat(TextAnalysis.matches("ru", text, "станция")).extracting(TextAnalysis.Term::start)
			.containsExactly(text.indexOf("станциях"), text.lastIndexOf("станция"));
	}

	@Test
	void shouldMarkWordsInASnippetAsSegments() {
		List<SearchHit.Segment> segments = Search.snippet("en", "The stations <b>calibrated</b> yearly.", "station");
		assertThat(segments).contains(new SearchHit.Segment("stations", true));
		assertThat(segments.stream().filter(SearchHit.Segment::highlighted)).hasSize(1);
	}

	@Test
	void shouldGuessTheLanguageOfAText() {
		assertThat(LanguageGuess.of("The secretariat invites comments on the draft guidelines for the calibration "
				+ "of the stations of the network and on their annexes."))
			.contains("en");
		assertThat(LanguageGuess.of("Le secrétariat invite les participants à présenter leurs observations sur le "
				+ "projet de directives pour l'étalonnage des stations du réseau."))
			.contains("fr");
		assertThat(LanguageGuess.of("La secretaría invita a los participantes a presentar sus observaciones sobre el "
				+ "proyecto de directrices para la calibración de las estaciones de la red."))
			.contains("es");
		assertThat(LanguageGuess.of("Секретариат предлагает участникам представить замечания по проекту руководящих "
				+ "принципов калибровки станций."))
			.contains("ru");
		assertThat(LanguageGuess
			.of("تدعو الأمانة المشاركين إلى تقديم تعليقاتهم على مشروع المبادئ التوجيهية لمعايرة " + "المحطات"))
			.contains("ar");
		assertThat(LanguageGuess.of("秘书处请参与者就放射性核素监测站校准准则草案提出意见。")).contains("zh");
		assertThat(LanguageGuess.of("OK")).isEmpty();
	}

	private static List<String> terms(String language, String text) {
		return TextAnalysis.terms(language, text).stream().map(TextAnalysis.Term::term).toList();
	}

}
