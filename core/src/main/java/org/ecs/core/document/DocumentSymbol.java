package org.ecs.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document symbol such as {@code CTBT/PC-61/1}, {@code CTBT/WGB-60/CRP.3} or
 * {@code CTBT/PTS/INF.1234/Rev.1}, read into its parts: the series, the issuing body and
 * session, the kind and number, and the suffixes ({@code Add.}, {@code Corr.},
 * {@code Rev.}, {@code Amend.}) that make it a child of the symbol before them.
 *
 * @param symbol the canonical form: body parts upper case, suffixes as {@code Rev.1}
 * @param series the first part, e.g. {@code CTBT}
 * @param body the issuing body, e.g. {@code PC}, {@code WGB}, {@code PTS}
 * @param session the session number when the body part carries one ({@code PC-61})
 * @param kind the kind of the series part, e.g. {@code CRP}, {@code INF}; null for a
 * plain number
 * @param number the number in its series, if any
 * @param suffixes the suffixes in order, e.g. {@code [Rev.1, Corr.1]}
 */
public record DocumentSymbol(String symbol, String series, String body, String session, String kind, String number,
		List<String> suffixes) {

	public static final int MAX_LENGTH = 100;

	private static final Pattern PART = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]*");

	private static final Pattern SUFFIX = Pattern.compile("(?i)(add|corr|rev|amend)\\.?\\s*(\\d{1,4})");

	private static final Pattern BODY = Pattern.compile("([A-Z][A-Z0-9]*?)(?:-(\\d+))?");

	private static final Pattern KIND = Pattern.compile("([A-Z]+)\\.?(\\d+[A-Z]?)?");

	public DocumentSymbol {
		suffixes = List.copyOf(suffixes);
	}

	/**
	 * Reads a symbol as typed (spaces around slashes, any case of suffix).
	 * @return empty when it is not a symbol
	 */
	public static Optional<DocumentSymbol> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.strip().replaceAll("\\s*/\\s*", "/");
		// every document symbol numbers something: "and/or" is not one
		if (t.isEmpty() || t.length() > MAX_LENGTH || !t.matches(".*\\d.*")) {
			return Optional.empty();
		}
		String[] raw = t.split("/", -1);
		if (raw.length < 2 || raw.length > 8) {
			return Optional.empty();
		}
		List<String> parts = new ArrayList<>();
		List<String> suffixes = new ArrayList<>();
		for (String part : raw) {
			Matcher suffix = SUFFIX.matcher(part);
			if (suffix.matches() && parts.size() >= 2) {
				suffixes.add(canonicalSuffix(suffix.group(1)) + "." + Integer.parseInt(suffix.group(2)));
				continue;
			}
			if (!suffixes.isEmpty() || !PART.matcher(part).matches()) {
				// a plain part after a suffix, or characters a symbol never has
				return Optional.empty();
			}
			parts.add(part.toUpperCase(Locale.ROOT));
		}
		if (parts.size() < 2) {
			return Optional.empty();
		}
		String series = parts.get(0);
		Matcher body = BODY.matcher(parts.get(1));
		String bodyName = parts.get(1);
		String session = null;
		if (body.matches()) {
			bodyName = body.group(1);
			session = body.group(2);
		}
		String kind = null;
		String number = null;
		if (parts.size() >= 3) {
			String last = parts.get(parts.size() - 1);
			Matcher k = KIND.matcher(last);
			if (last.matches("\\d+[A-Z]?")) {
				number = last;
			}
			else if (k.matches()) {
				kind = k.group(1);
				number = k.group(2);
			}
		}
		List<String> all = new ArrayList<>(parts);
		all.addAll(suffixes);
		return Optional
			.of(new DocumentSymbol(String.join("/", all), series, bodyName, session, kind, number, suffixes));
	}

	/** The symbol this one revises, corrects or adds to; empty for an original. */
	public Optional<String> parent() {
		if (this.suffixes.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(this.symbol.substring(0, this.symbol.lastIndexOf('/')));
	}

	/** The last suffix, e.g. {@code Rev.1}; empty for an original. */
	public Optional<String> suffix() {
		return this.suffixes.isEmpty() ? Optional.empty() : Optional.of(this.suffixes.get(this.suffixes.size() - 1));
	}

	/** What the symbol says the document is: CRP, WP, INF; an official document else. */
	public DocumentType impliedType() {
		if (this.kind == null) {
			return DocumentType.OFFICIAL;
		}
		return switch (this.kind) {
			case "CRP" -> DocumentType.CONFERENCE_ROOM_PAPER;
			case "WP" -> DocumentType.WORKING_PAPER;
			case "INF" -> DocumentType.INFORMATION_NOTE;
			default -> DocumentType.OFFICIAL;
		};
	}

	private static String canonicalSuffix(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		return Character.toUpperCase(w.charAt(0)) + w.substring(1);
	}

	@Override
	public String toString() {
		return this.symbol;
	}

}
