package org.ecs.core.participant;

import java.util.Locale;

/**
 * A directory search: words in the name, username, title or expertise; exact State,
 * level, role, expertise tag and status; a sort and a page.
 */
public record ParticipantFilter(String text, String stateCode, Level level, Role role, String expertise,
		ParticipantStatus status, Sort sort, int limit, int offset) {

	public static final int MAX_LIMIT = 500;

	public ParticipantFilter {
		text = blankToNull(text);
		stateCode = blankToNull(stateCode) == null ? null : stateCode.strip().toUpperCase(Locale.ROOT);
		expertise = blankToNull(expertise) == null ? null : expertise.strip().toLowerCase(Locale.ROOT);
		sort = (sort == null) ? Sort.NAME : sort;
		limit = Math.max(1, Math.min(limit, MAX_LIMIT));
		offset = Math.max(0, offset);
	}

	public static ParticipantFilter all() {
		return new ParticipantFilter(null, null, null, null, null, null, Sort.NAME, MAX_LIMIT, 0);
	}

	public static ParticipantFilter ofStatus(ParticipantStatus status, String stateCode) {
		return new ParticipantFilter(null, stateCode, null, null, null, status, Sort.NAME, MAX_LIMIT, 0);
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

	/** Orders the directory offers; each a fixed SQL order, never text from a request. */
	public enum Sort {

		NAME("p.display_name, p.id"), STATE("s.name nulls first, p.display_name, p.id"),
		LEVEL("p.level, p.display_name, p.id"), STATUS("p.status, p.display_name, p.id"),
		NEWEST("p.created_at desc, p.id desc");

		private final String sql;

		Sort(String sql) {
			this.sql = sql;
		}

		public String sql() {
			return this.sql;
		}

	}

}
