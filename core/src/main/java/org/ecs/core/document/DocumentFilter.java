package org.ecs.core.document;

import java.time.LocalDate;

/**
 * What the list asks for: parts of the symbol, body, meeting, type, a language available,
 * a span of issue dates; the order; one page.
 */
public record DocumentFilter(String symbol, String body, String meeting, DocumentType type, String language,
		LocalDate from, LocalDate to, Sort sort, int limit, int offset) {

	public static final int MAX_LIMIT = 200;

	public DocumentFilter {
		sort = (sort == null) ? Sort.DATE_DESC : sort;
		limit = Math.max(1, Math.min(limit, MAX_LIMIT));
		offset = Math.max(0, offset);
	}

	public static DocumentFilter all() {
		return new DocumentFilter(null, null, null, null, null, null, null, Sort.DATE_DESC, 50, 0);
	}

	/** The orders offered; each an SQL order fixed here, never built from input. */
	public enum Sort {

		DATE_DESC("d.issued_on desc nulls last, d.symbol"), DATE_ASC("d.issued_on asc nulls last, d.symbol"),
		SYMBOL("d.symbol"), SYMBOL_DESC("d.symbol desc"), BODY("d.body, d.session nulls first, d.symbol");

		private final String orderBy;

		Sort(String orderBy) {
			this.orderBy = orderBy;
		}

		String orderBy() {
			return this.orderBy;
		}

	}

}
