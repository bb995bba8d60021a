package org.ecs.ocr.tesseract;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What Tesseract read on a set of pages, in page order.
 *
 * @param pages one entry per page given
 * @param languages the Tesseract language string used, e.g. {@code eng+fra}
 */
public record OcrResult(List<OcrPage> pages, String languages) {

	public OcrResult {
		pages = List.copyOf(pages);
	}

	/**
	 * All pages' text, pages separated by a form feed so a reader can still tell them
	 * apart.
	 * @return the text
	 */
	public String text() {
		return this.pages.stream().map(OcrPage::text).collect(Collectors.joining("\f"));
	}

	/**
	 * The mean of the word confidences over every page, so that a short blank page does
	 * not weigh as much as a full one.
	 * @return 0 to 100, 0 when no word was found
	 */
	public double meanConfidence() {
		return this.pages.stream()
			.flatMap((page) -> page.words().stream())
			.mapToDouble(OcrWord::confidence)
			.average()
			.orElse(0);
	}

}
