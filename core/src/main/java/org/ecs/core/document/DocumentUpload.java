package org.ecs.core.document;

import java.time.LocalDate;
import java.util.List;

/**
 * One language version as sent by the web form, the API or a mail: the symbol and the
 * file are required; the catalogue fields are taken when the symbol is new.
 *
 * @param type null to take what the symbol implies
 * @param distribution null for general (limited when a participant adds it to a
 * discussion)
 * @param discussionId the discussion a full participant adds the document to, or null
 */
public record DocumentUpload(String symbol, String title, String language, String fileName, byte[] bytes,
		DocumentFile.Source source, DocumentType type, Distribution distribution, String issuingBody, String meeting,
		LocalDate issuedOn, List<String> agendaItems, Long discussionId) {

	public DocumentUpload {
		agendaItems = (agendaItems == null) ? List.of() : List.copyOf(agendaItems);
	}

	/** Just the contract's four parts: symbol, title, language and file. */
	public static DocumentUpload of(String symbol, String title, String language, String fileName, byte[] bytes,
			DocumentFile.Source source) {
		return new DocumentUpload(symbol, title, language, fileName, bytes, source, null, null, null, null, null,
				List.of(), null);
	}

}
