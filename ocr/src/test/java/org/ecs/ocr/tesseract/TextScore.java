package org.ecs.ocr.tesseract;

import java.text.Normalizer;

/**
 * Character error rate as METRICS.md defines it, with one change for these fixtures:
 * whitespace is ignored, since Tesseract spaces Chinese and Arabic differently from how
 * the fixture text was typed.
 */
final class TextScore {

	private TextScore() {
	}

	static double characterErrorRate(String truth, String output) {
		int[] expected = squeeze(truth);
		int[] actual = squeeze(output);
		return (double) distance(expected, actual) / expected.length;
	}

	private static int[] squeeze(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", "").codePoints().toArray();
	}

	static int distance(int[] a, int[] b) {
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
