package org.ecs.ocr.tesseract;

import java.text.Normalizer;

import org.ecs.ocr.faxset.FaxScore;

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
		return FaxScore.distance(a, b);
	}

}
