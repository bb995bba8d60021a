package org.ecs.ocr.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds references such as {@code ECS-D-1234} in OCR output, where they come out as
 * {@code EC5–D–I234}, {@code ECS D 12 34} or {@code ECS-D-l2O4}.
 * <p>
 * The caller gives the reference as an ordinary regular expression. Each literal
 * character becomes a class of the characters OCR confuses it with, each {@code \d} also
 * accepts letters that look like digits, hyphens accept any dash (or none), and a space
 * may appear between any two characters. Captured groups made only of digits come back as
 * digits.
 */
public class ReferenceFinder {

	/** What OCR reads instead of each character, both ways round. */
	private static final Map<Character, String> LOOK_ALIKES = Map.ofEntries(Map.entry('0', "OoQD"),
			Map.entry('1', "Il|!i"), Map.entry('2', "Zz"), Map.entry('5', "Ss$"), Map.entry('6', "Gb"),
			Map.entry('8', "B"), Map.entry('9', "gq"), Map.entry('O', "0Q"), Map.entry('I', "1l|!"),
			Map.entry('L', "1I|"), Map.entry('S', "5$"), Map.entry('Z', "2"), Map.entry('B', "8"), Map.entry('G', "6"),
			Map.entry('D', "0"));

	private static final String DIGIT_LIKE = "0-9OoQDIl|!iZzSs$GbBgq";

	private static final String DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212_~";

	private static final String GAP = "[ \\t]?";

	/**
	 * Inside a number a space is kept only before a real digit, so the next word is not
	 * read as digits.
	 */
	private static final String DIGIT_GAP = "(?:[ \\t](?=[0-9]))?";

	private final Pattern strict;

	private final Pattern tolerant;

	private final List<Boolean> numericGroups;

	/**
	 * @param regex the reference as written by the system that printed it, e.g.
	 * {@code ECS-D-(\d+)}
	 */
	public ReferenceFinder(String regex) {
		this.strict = Pattern.compile(regex);
		Translation translation = new Translation(regex);
		this.tolerant = Pattern.compile(translation.result.toString());
		this.numericGroups = translation.numericGroups;
	}

	/**
	 * A reference found in text.
	 *
	 * @param text the text as OCR gave it
	 * @param groups the captured groups, spaces removed and, for groups of digits,
	 * look-alike letters turned into digits
	 * @param start where the match starts in the searched text
	 * @param end where it ends
	 */
	public record Match(String text, List<String> groups, int start, int end) {

		/**
		 * @return the first group, or the matched text without spaces when there is no
		 * group
		 */
		public String value() {
			return this.groups.isEmpty() ? this.text.replaceAll("\\s+", "") : this.groups.get(0);
		}

	}

	/**
	 * @param text OCR output
	 * @return every reference found, in order; exact matches and OCR-garbled ones alike
	 */
	public List<Match> find(String text) {
		List<Match> matches = new ArrayList<>();
		Matcher matcher = this.tolerant.matcher(text);
		while (matcher.find()) {
			if (matcher.end() == matcher.start()) {
				continue;
			}
			List<String> groups = new ArrayList<>();
			for (int i = 1; i <= matcher.groupCount(); i++) {
				String group = matcher.group(i);
				if (group == null) {
					groups.add(null);
					continue;
				}
				group = group.replaceAll("\\s+", "");
				boolean numeric = i - 1 < this.numericGroups.size() && this.numericGroups.get(i - 1);
				groups.add(numeric ? toDigits(group) : group);
			}
			String found = matcher.group().strip();
			matches.add(new Match(found, groups, matcher.start(), matcher.start() + found.length()));
		}
		return matches;
	}

	/**
	 * @param text OCR output
	 * @return true when the text holds the reference exactly as printed, no tolerance
	 * needed
	 */
	public boolean containsExactly(String text) {
		return this.strict.matcher(text).find();
	}

	static String toDigits(String text) {
		StringBuilder digits = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			digits.append(Character.isDigit(c) ? c : digitFor(c));
		}
		return digits.toString();
	}

	private static char digitFor(char c) {
		for (Map.Entry<Character, String> entry : LOOK_ALIKES.entrySet()) {
			if (Character.isDigit(entry.getKey()) && entry.getValue().indexOf(c) >= 0) {
				return entry.getKey();
			}
		}
		return c;
	}

	/** Rewrites a regular expression into its OCR-tolerant form. */
	private static final class Translation {

		private final StringBuilder result = new StringBuilder();

		private final List<Boolean> numericGroups = new ArrayList<>();

		/**
		 * Indexes into numericGroups of the capturing groups still open; -1 for other
		 * groups.
		 */
		private final List<Integer> open = new ArrayList<>();

		/**
		 * Whether each open group is a look-ahead or look-behind, where no gap may be
		 * added.
		 */
		private final List<Boolean> openLookaround = new ArrayList<>();

		Translation(String regex) {
			int i = 0;
			while (i < regex.length()) {
				char c = regex.charAt(i);
				if (c == '\\' && i + 1 < regex.length()) {
					char next = regex.charAt(i + 1);
					if (next == 'd') {
						atom("[" + DIGIT_LIKE + "]", true);
						i += 2;
					}
					else if (next == 'p' || next == 'P') {
						int close = regex.indexOf('}', i);
						atom(regex.substring(i, close + 1), false);
						i = close + 1;
					}
					else if (Character.isLetterOrDigit(next)) {
						// \b \s \w and friends keep their meaning; \b and \B are
						// zero-width
						if (next == 'b' || next == 'B') {
							this.result.append('\\').append(next);
						}
						else {
							atom("\\" + next, false);
						}
						i += 2;
					}
					else {
						literal(next);
						i += 2;
					}
				}
				else if (c == '[') {
					int close = classEnd(regex, i);
					atom(regex.substring(i, close + 1), false);
					i = close + 1;
				}
				else if (c == '(') {
					int start = i;
					i++;
					if (i < regex.length() && regex.charAt(i) == '?') {
						boolean isNamed = regex.startsWith("?<", i) && !regex.startsWith("?<=", i)
								&& !regex.startsWith("?<!", i);
						int end = isNamed ? regex.indexOf('>', i) : constructEnd(regex, i);
						this.result.append(regex, start, end + 1);
						this.openLookaround.add(regex.startsWith("?=", i) || regex.startsWith("?!", i)
								|| regex.startsWith("?<=", i) || regex.startsWith("?<!", i));
						i = end + 1;
						if (isNamed) {
							this.open.add(this.numericGroups.size());
							this.numericGroups.add(true);
						}
						else {
							this.open.add(-1);
						}
					}
					else {
						this.result.append('(');
						this.openLookaround.add(false);
						this.open.add(this.numericGroups.size());
						this.numericGroups.add(true);
					}
				}
				else if (c == ')') {
					this.result.append(')');
					if (!this.open.isEmpty()) {
						this.open.remove(this.open.size() - 1);
						this.openLookaround.remove(this.openLookaround.size() - 1);
					}
					i++;
				}
				else if (c == '{') {
					int close = regex.indexOf('}', i);
					this.result.append(regex, i, close + 1);
					i = close + 1;
				}
				else if ("|^$*+?".indexOf(c) >= 0) {
					this.result.append(c);
					i++;
				}
				else if (c == '.') {
					atom(".", false);
					i++;
				}
				else {
					literal(c);
					i++;
				}
			}
		}

		private void literal(char c) {
			if (c == '-' || DASHES.indexOf(c) >= 0) {
				// a dash may come out as any dash, as a space, or vanish
				this.result.append("(?:[ \\t]*[").append(DASHES).append("]?[ \\t]*)");
				return;
			}
			if (Character.isWhitespace(c)) {
				this.result.append("[ \\t]*");
				return;
			}
			StringBuilder set = new StringBuilder();
			addTo(set, c);
			addTo(set, Character.toUpperCase(c));
			addTo(set, Character.toLowerCase(c));
			String alike = LOOK_ALIKES.get(Character.toUpperCase(c));
			if (alike != null) {
				for (char a : alike.toCharArray()) {
					addTo(set, a);
				}
			}
			atom("[" + set + "]", Character.isDigit(c));
		}

		private static void addTo(StringBuilder set, char c) {
			String quoted = ("\\[]^-&|$".indexOf(c) >= 0) ? "\\" + c : String.valueOf(c);
			if (set.indexOf(quoted) < 0) {
				set.append(quoted);
			}
		}

		private void atom(String expression, boolean digit) {
			// a gap inside a look-behind would let "e " pass for the word character
			// before a match
			String gap = this.openLookaround.contains(true) ? "" : (digit ? DIGIT_GAP : GAP);
			this.result.append("(?:").append(expression).append(gap).append(')');
			if (!digit) {
				for (int index : this.open) {
					if (index >= 0) {
						this.numericGroups.set(index, false);
					}
				}
			}
		}

		/**
		 * @return the index of the last character of a group's {@code ?} construct:
		 * {@code ?:}, {@code ?=}, {@code ?!}, {@code ?<=}, {@code ?<!}, {@code ?>} or
		 * inline flags such as {@code ?i:} and {@code ?i)}
		 */
		private static int constructEnd(String regex, int question) {
			for (String prefix : List.of("?<=", "?<!", "?:", "?=", "?!", "?>")) {
				if (regex.startsWith(prefix, question)) {
					return question + prefix.length() - 1;
				}
			}
			int i = question + 1;
			while (i < regex.length() && regex.charAt(i) != ':' && regex.charAt(i) != ')') {
				i++;
			}
			// a bare flag group such as (?i) closes itself: leave its ')' for the main
			// loop
			return (i < regex.length() && regex.charAt(i) == ')') ? i - 1 : i;
		}

		private static int classEnd(String regex, int start) {
			int i = start + 1;
			if (i < regex.length() && regex.charAt(i) == '^') {
				i++;
			}
			if (i < regex.length() && regex.charAt(i) == ']') {
				i++;
			}
			while (i < regex.length() && regex.charAt(i) != ']') {
				if (regex.charAt(i) == '\\') {
					i++;
				}
				i++;
			}
			return i;
		}

	}

}
