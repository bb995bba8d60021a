package org.ecs.core.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An official document as catalogued: its symbol and what the symbol says, its titles per
 * language, who issued it and for which meeting, and who may see it. Its files are
 * {@link DocumentFile}s, one language version each (or several files for one language).
 */
public record Document(long id, String symbol, String series, String body, String session, String kind, String number,
		String suffix, String parentSymbol, DocumentType type, Distribution distribution, String issuingBody,
		String meeting, LocalDate issuedOn, List<String> agendaItems, Long createdBy, Instant createdAt,
		Map<String, String> titles) {

	public Document {
		agendaItems = List.copyOf(agendaItems);
		titles = Map.copyOf(titles);
	}

	/** The title in this language, else in English, else in any language it has. */
	public String title(String language) {
		if (this.titles.containsKey(language)) {
			return this.titles.get(language);
		}
		if (this.titles.containsKey("en")) {
			return this.titles.get("en");
		}
		return DocumentLanguage.ALL.stream()
			.filter(this.titles::containsKey)
			.map(this.titles::get)
			.findFirst()
			.orElse(this.symbol);
	}

}
