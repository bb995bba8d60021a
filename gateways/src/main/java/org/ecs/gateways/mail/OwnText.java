package org.ecs.gateways.mail;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What ECS itself sent (the notifications a reply answers), to recognise a copy of it in
 * the reply whatever the client did to it: quote markers added, lines re-wrapped, HTML
 * turned into text, links written out. Texts are compared on their letters and digits
 * alone, case folded, so only the words and their order count.
 */
final class OwnText {

	static final OwnText NONE = new OwnText(List.of());

	/**
	 * A run of lines is a copy only when it holds this many letters or digits of the sent
	 * text (fewer when it is all the line holds and the script writes no spaces): a short
	 * line of the author's that happens to appear in the notification stays theirs.
	 */
	static final int MIN_BLOCK = 24;

	private static final Pattern QUOTE_PREFIX = Pattern.compile("^(?:[\\h>|]|\\h*[A-Z]{1,3}>)*");

	private final List<String> sent;

	private OwnText(List<String> sent) {
		this.sent = sent;
	}

	static OwnText of(Collection<String> texts) {
		if (texts == null || texts.isEmpty()) {
			return NONE;
		}
		List<String> sent = new ArrayList<>();
		for (String text : texts) {
			if (text != null && !text.isBlank()) {
				sent.add(normalise(text));
			}
		}
		return sent.isEmpty() ? NONE : new OwnText(List.copyOf(sent));
	}

	boolean isEmpty() {
		return this.sent.isEmpty();
	}

	/** Letters and digits only, compatibility-normalised and case folded. */
	static String normalise(String text) {
		String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(nfkc.length());
		nfkc.codePoints().forEach((c) -> {
			if (Character.isLetterOrDigit(c)) {
				out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
			}
		});
		return out.toString();
	}

	private boolean contains(String normalised) {
		for (String text : this.sent) {
			if (text.contains(normalised)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The lines (by identity) that are a copy of what was sent: runs of lines whose
	 * letters, joined, are one stretch of a sent text, with the blank or marker-only
	 * lines between them.
	 */
	Set<String> copiedLines(List<String> lines) {
		Set<String> own = Collections.newSetFromMap(new IdentityHashMap<>());
		if (this.sent.isEmpty()) {
			return own;
		}
		int n = lines.size();
		String[] letters = new String[n];
		for (int i = 0; i < n; i++) {
			String line = lines.get(i);
			letters[i] = normalise(QUOTE_PREFIX.matcher(line).replaceFirst(""));
		}
		int i = 0;
		while (i < n) {
			if (letters[i].isEmpty()) {
				i++;
				continue;
			}
			StringBuilder run = new StringBuilder();
			int last = -1;
			for (int j = i; j < n; j++) {
				if (letters[j].isEmpty()) {
					continue;
				}
				int before = run.length();
				run.append(letters[j]);
				if (!contains(run.toString())) {
					run.setLength(before);
					break;
				}
				last = j;
			}
			if (last >= 0 && (run.length() >= MIN_BLOCK || (last == i && wholeShortLine(lines.get(i), run)))) {
				for (int k = i; k <= last; k++) {
					// "" is one shared object: blank lines are never marked, only dropped
					// with the copy around them
					if (!lines.get(k).isEmpty()) {
						own.add(lines.get(k));
					}
				}
				i = last + 1;
			}
			else {
				i++;
			}
		}
		return own;
	}

	/**
	 * A short quoted line of the notification (its marker line, "Ann commented:") counts
	 * when it is quoted and is at least a few letters long.
	 */
	private static boolean wholeShortLine(String line, CharSequence letters) {
		return line.stripLeading().startsWith(">") && letters.length() >= 8;
	}

}
