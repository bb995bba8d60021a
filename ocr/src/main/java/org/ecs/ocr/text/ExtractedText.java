package org.ecs.ocr.text;

/**
 * Text taken from a document.
 *
 * @param mediaType the detected media type, e.g. {@code application/pdf}
 * @param text the plain text, possibly empty (an image-only PDF, a picture)
 * @param truncated true when the text was cut at the size limit
 */
public record ExtractedText(String mediaType, String text, boolean truncated) {

	public boolean isBlank() {
		return this.text.isBlank();
	}

}
