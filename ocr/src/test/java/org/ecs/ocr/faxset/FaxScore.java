package org.ecs.ocr.faxset;

import java.text.Normalizer;

/**
 * Character error rate as {@code shared/METRICS.md} defines it: NFC, no BOM, non-breaking
 * spaces as spaces, every run of whitespace one space; edits over the truth's characters.
 */
public final class FaxScore {

	private FaxScore() {
	}

	public static double characterErrorRate(String truth, String output) {
		int[] expected = normalise(truth).codePoints().toArray();
		int[] actual = normalise(output).codePoints().toArray();
		return (double) distance(expected, actual) / Math.max(1, expected.length);
	}

	/**
	 * The text without the line most like the sending machine's header, when one is at
	 * least half like it: what plain Tesseract's output is scored on, so that it is not
	 * charged for reading the header that ECS keeps apart.
	 * @param text what OCR read
	 * @param header the header line as sent
	 * @return the text without it
	 */
	public static String withoutHeader(String text, String header) {
		java.util.List<String> lines = new java.util.ArrayList<>(text.lines().toList());
		int best = -1;
		double bestRate = 0.5;
		for (int i = 0; i < lines.size(); i++) {
			double rate = characterErrorRate(header, lines.get(i));
			if (rate < bestRate) {
				bestRate = rate;
				best = i;
			}
		}
		if (best >= 0) {
			lines.remove(best);
		}
		return String.join("\n", lines);
	}

	public static String normalise(String text) {
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\uFEFF", "").replace('\u00A0', ' ');
		return nfc.replaceAll("\\s+", " ").strip();
	}

	/** Levenshtein distance over code points, in two rows. */
	public static int distance(int[] a, int[] b) {
		int[] previous = new int[b.length + 1];
		int[] current = new int[b.length + 1];
		for (int j = 0; j <= b.length; j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length; i++) {
			current[0] = i;
			for (int j = 1; j <= b.length; j++) {
				int substitution = previous[j - 1] + ((a[i - 1] == b[j - 1]) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length];
	}

}
