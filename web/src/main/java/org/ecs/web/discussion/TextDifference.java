package org.ecs.web.discussion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * What a reviewer changed in an author's text, word by word, for the author to see: the
 * text as published, with what was removed and what was added marked.
 */
final class TextDifference {

	/** Words and the space between them, so the text reads back exactly. */
	private static final Pattern TOKENS = Pattern.compile("\\s+|[^\\s]+");

	/** One run of text: kept, removed by the reviewer, or added by the reviewer. */
	record Segment(String text, Change change) {

		public boolean removed() {
			return this.change == Change.REMOVED;
		}

		public boolean added() {
			return this.change == Change.ADDED;
		}

	}

	enum Change {

		KEPT, REMOVED, ADDED

	}

	private TextDifference() {
	}

	static List<Segment> between(String original, String published) {
		List<String> before = tokens(original);
		List<String> after = tokens(published);
		Patch<String> patch = DiffUtils.diff(before, after);
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int start = delta.getSource().getPosition();
			add(segments, String.join("", before.subList(at, start)), Change.KEPT);
			add(segments, String.join("", delta.getSource().getLines()), Change.REMOVED);
			add(segments, String.join("", delta.getTarget().getLines()), Change.ADDED);
			at = start + delta.getSource().size();
		}
		add(segments, String.join("", before.subList(at, before.size())), Change.KEPT);
		return segments;
	}

	private static void add(List<Segment> segments, String text, Change change) {
		if (!text.isEmpty()) {
			segments.add(new Segment(text, change));
		}
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher m = TOKENS.matcher(text == null ? "" : text);
		while (m.find()) {
			tokens.add(m.group());
		}
		return tokens;
	}

}
