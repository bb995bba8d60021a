package org.ecs.ocr.page;

import java.util.Optional;

/**
 * One page of a PDF: the text its text layer gives, and a rendering of the page when that
 * layer is too thin to trust, so that only such pages go to OCR.
 *
 * @param number the page number, starting at 1
 * @param text the text layer's text, possibly empty
 * @param scan the rendered page when it needs OCR, empty when the text layer is usable
 */
public record PdfPage(int number, String text, Optional<PageImage> scan) {

	public boolean needsOcr() {
		return this.scan.isPresent();
	}

}
