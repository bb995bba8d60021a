package org.ecs.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * How text in each of the six languages becomes search terms. English, French, Spanish
 * and Russian are stemmed by PostgreSQL's own configurations; Arabic (normalisation,
 * light stemming that takes off the article and affixes) and Chinese (word segmentation)
 * by Lucene's analysers, whose terms are stored in the same {@code tsvector} column, so
 * one SQL query searches every language. Lucene's analysers for the other four languages
 * are used only to find the words to highlight.
 */
public final class TextAnalysis {

	/**
	 * PostgreSQL text search configuration per language; Lucene-made terms go in as-is.
	 */
	static final Map<String, String> CONFIGURATIONS = Map.of("en", "english", "fr", "french", "es", "spanish", "ru",
			"russian");

	private static final Map<String, Analyzer> ANALYZERS = Map.of("en", new EnglishAnalyzer(), "fr",
			new FrenchAnalyzer(), "es", new SpanishAnalyzer(), "ru", new RussianAnalyzer(), "ar", new ArabicAnalyzer(),
			"zh", new SmartChineseAnalyzer());

	private static final Analyzer FALLBACK = new StandardAnalyzer();

	/**
	 * The longest text indexed for one entry; the rest of a very long document is not.
	 */
	public static final int MAX_INDEXED_CHARS = 300_000;

	private TextAnalysis() {
	}

	/** Whether PostgreSQL stems this language itself. */
	static boolean stemmedByPostgres(String language) {
		return CONFIGURATIONS.containsKey(language);
	}

	/** Whether Lucene makes this language's terms (Arabic, Chinese). */
	static boolean analysedByLucene(String language) {
		return "ar".equals(language) || "zh".equals(language);
	}

	/** A term and where it stands in the text. */
	record Term(String term, int start, int end) {
	}

	/** The terms of a text as the language's Lucene analyser makes them, with offsets. */
	static List<Term> terms(String language, String text) {
		Analyzer analyzer = ANALYZERS.getOrDefault(language, FALLBACK);
		List<Term> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(new Term(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	/**
	 * A {@code tsvector} literal of the terms, positions in order (PostgreSQL keeps
	 * positions up to 16383), written without PostgreSQL's parser so that no locale can
	 * split or join words differently.
	 * @param weight {@code A} for a title, or {@code null}
	 */
	static String tsvector(List<Term> terms, int firstPosition, Character weight) {
		StringBuilder out = new StringBuilder();
		int position = firstPosition;
		for (Term t : terms) {
			if (out.length() > 0) {
				out.append(' ');
			}
			out.append(quoted(t.term())).append(':').append(Math.min(position, 16383));
			if (weight != null) {
				out.append(weight);
			}
			position++;
		}
		return out.toString();
	}

	/**
	 * A {@code tsquery} literal for a query in a Lucene-analysed language: words in a
	 * group typed without spaces must follow each other (a Chinese phrase), groups are
	 * all required. Null when the query has no terms in that analysis.
	 */
	static String tsquery(String language, String query) {
		List<String> groups = new ArrayList<>();
		for (String chunk : query.strip().split("\\s+")) {
			List<Term> terms = terms(language, chunk.replace("\"", " "));
			if (!terms.isEmpty()) {
				groups
					.add("(" + terms.stream().map((t) -> quoted(t.term())).collect(Collectors.joining(" <-> ")) + ")");
			}
		}
		return groups.isEmpty() ? null : String.join(" & ", groups);
	}

	private static String quoted(String term) {
		return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'";
	}

	/**
	 * Where the query's words stand in the text, by the text's language analysis (the
	 * inflected forms included): the highlights.
	 */
	static List<Term> matches(String language, String text, String query) {
		java.util.Set<String> wanted = terms(language, query).stream().map(Term::term).collect(Collectors.toSet());
		if (wanted.isEmpty()) {
			return List.of();
		}
		return terms(language, text).stream().filter((t) -> wanted.contains(t.term())).toList();
	}

}
