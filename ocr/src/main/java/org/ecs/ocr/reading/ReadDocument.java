package org.ecs.ocr.reading;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything read from one received file.
 *
 * @param mediaType the detected media type
 * @param pages the pages in order (one entry for a document without pages, such as HTML)
 * @param replyCode the payload of a reply-sheet QR code found on a page, if any
 */
public record ReadDocument(String mediaType, List<ReadPage> pages, Optional<String> replyCode) {

	public ReadDocument {
		pages = List.copyOf(pages);
	}

	/**
	 * @return the text of every page, pages separated by a blank line
	 */
	public String text() {
		return this.pages.stream()
			.map(ReadPage::text)
			.filter((text) -> !text.isBlank())
			.collect(Collectors.joining("\n\n"));
	}

	/**
	 * @return true when at least one page could not be read and needs a person
	 */
	public boolean needsTranscription() {
		return this.pages.stream().anyMatch((page) -> page.source() == ReadPage.Source.NEEDS_TRANSCRIPTION);
	}

	/**
	 * @return the mean OCR confidence over the OCR'd pages, or empty when no page was
	 * OCR'd
	 */
	public Optional<Double> ocrConfidence() {
		List<ReadPage> ocr = this.pages.stream().filter((page) -> page.source() == ReadPage.Source.OCR).toList();
		return ocr.isEmpty() ? Optional.empty()
				: Optional.of(ocr.stream().mapToDouble(ReadPage::confidence).average().orElse(0));
	}

}
