package org.ecs.core.review;

import java.util.Optional;

/**
 * Reads a received page again in a language the coordinator chooses, when the language
 * found on it was wrong. Implemented where OCR runs; absent when nothing here can read
 * pages (the fax gateway is off).
 */
public interface PageReading {

	/**
	 * @param pageImage the page as kept for the review console (PNG)
	 * @param language ISO 639-1, one of the organisation's languages
	 * @return the text read, without the sending machine's header line; empty when OCR
	 * for that language cannot run here or the image cannot be read
	 */
	Optional<String> read(byte[] pageImage, String language);

}
