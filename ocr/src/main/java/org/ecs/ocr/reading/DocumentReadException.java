package org.ecs.ocr.reading;

/**
 * A received file could not be read: corrupt, of a kind nothing here understands, or OCR
 * failed on it.
 */
public class DocumentReadException extends Exception {

	public DocumentReadException(String message, Throwable cause) {
		super(message, cause);
	}

}
