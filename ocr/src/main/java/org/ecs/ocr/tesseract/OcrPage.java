package org.ecs.ocr.tesseract;

import java.time.Duration;
import java.util.List;

/**
 * What Tesseract read on one page.
 *
 * @param number the page number in the source document
 * @param text the page text in Tesseract's reading order, lines separated by newlines
 * @param meanConfidence Tesseract's mean word confidence, 0 to 100
 * @param words every word with its confidence and box (in the page as turned upright)
 * @param elapsed wall time spent recognising this page
 * @param language the language it was read in, as given (ISO 639-1 such as {@code fr}),
 * several joined by {@code +}; empty when not known
 * @param turned how far the page was turned clockwise to read it upright: 0, 90, 180 or
 * 270
 * @param header the line a sending fax machine printed across the top, kept out of
 * {@code text}; empty when there was none
 */
public record OcrPage(int number, String text, int meanConfidence, List<OcrWord> words, Duration elapsed,
		String language, int turned, String header) {

	public OcrPage {
		words = List.copyOf(words);
		language = (language == null) ? "" : language;
		header = (header == null) ? "" : header;
	}

	/** A page read as it came, in the languages it was asked to be read in. */
	public OcrPage(int number, String text, int meanConfidence, List<OcrWord> words, Duration elapsed) {
		this(number, text, meanConfidence, words, elapsed, "", 0, "");
	}

}
