package org.ecs.ocr.page;

/**
 * The bytes could not be read as pages: not an image, a corrupt or truncated file, an
 * unsupported compression or a page too large to decode safely.
 */
public class PageReadException extends Exception {

	public PageReadException(String message) {
		super(message);
	}

	public PageReadException(String message, Throwable cause) {
		super(message, cause);
	}

}
