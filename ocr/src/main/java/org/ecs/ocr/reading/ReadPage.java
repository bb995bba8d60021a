package org.ecs.ocr.reading;

/**
 * One page of a read document.
 *
 * @param number the page number, starting at 1
 * @param text the page's text, empty when it awaits transcription by hand
 * @param source where the text came from
 * @param confidence OCR's mean word confidence (0 to 100); 100 for a text layer, 0 when
 * nothing was read
 */
public record ReadPage(int number, String text, Source source, double confidence) {

	/** Where a page's text came from. */
	public enum Source {

		/** The document's own text (a PDF text layer, a word-processor file). */
		TEXT_LAYER,
		/** Recognised by OCR. */
		OCR,
		/**
		 * Not read: OCR is not available here, so a person has to transcribe the page.
		 */
		NEEDS_TRANSCRIPTION

	}

}
