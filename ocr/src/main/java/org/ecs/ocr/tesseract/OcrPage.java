package org.ecs.ocr.tesseract;

import java.time.Duration;
import java.util.List;

/**
 * What Tesseract read on one page.
 *
 * @param number the page number in the source document
 * @param text the page text in Tesseract's reading order, lines separated by newlines
 * @param meanConfidence Tesseract's mean word confidence, 0 to 100
 * @param words every word with its confidence and box
 * @param elapsed wall time spent recognising this page
 */
public record OcrPage(int number, String text, int meanConfidence, List<OcrWord> words, Duration elapsed) {

	public OcrPage {
		words = List.copyOf(words);
	}

}
