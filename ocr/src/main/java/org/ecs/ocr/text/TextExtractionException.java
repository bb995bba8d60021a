package org.ecs.ocr.text;

/**
 * A document's text could not be extracted: corrupt, encrypted, too large or too slow.
 */
public class TextExtractionException extends Exception {

	public TextExtractionException(String message) {
		super(message);
	}

	public TextExtractionException(String message, Throwable cause) {
		super(message, cause);
	}

}
