package org.ecs.core.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One thing found: a document's language version (with its symbol), a discussion or a
 * comment (with its discussion).
 *
 * @param refId the document file, discussion or comment id
 * @param snippet the text around the words found, those words marked
 */
public record SearchHit(SearchIndex.Kind kind, long refId, Long documentId, String symbol, Long discussionId,
		String discussionTitle, String language, String title, List<Segment> snippet, double rank) {

	public SearchHit {
		snippet = List.copyOf(snippet);
	}

	/** A piece of the snippet, highlighted or not. */
	public record Segment(String text, boolean highlighted) {
	}

	/** The snippet as plain text, highlights between « and ». */
	public String snippetText() {
		return this.snippet.stream()
			.map((s) -> s.highlighted() ? "«" + s.text() + "»" : s.text())
			.collect(Collectors.joining());
	}

}
