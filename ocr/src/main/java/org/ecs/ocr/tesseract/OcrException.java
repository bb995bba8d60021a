package org.ecs.ocr.tesseract;

/**
 * Recognition could not run: Tesseract is missing, a language model is missing, or
 * recognising a page failed.
 */
public class OcrException extends Exception {

	public OcrException(String message) {
		super(message);
	}

	public OcrException(String message, Throwable cause) {
		super(message, cause);
	}

}
