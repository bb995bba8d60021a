package org.ecs.core.document;

import java.time.Instant;

/**
 * One file of a language version, as received and as it went on: extracted (text, OCR,
 * the language found, a preview of page 1), reviewed where needed (approved, then
 * published from the queue), published; or rejected, by a reviewer or because it could
 * not be read.
 *
 * @param sha256 the blob store key, also the checksum verified on every download
 * @param languageMismatch the text reads as another language than the one declared
 */
public record DocumentFile(long id, long documentId, String language, String fileName, String mediaType, long sizeBytes,
		String sha256, Source source, Long uploadedBy, String uploadedByName, Instant uploadedAt, Status status,
		boolean needsReview, boolean ocr, Integer textChars, String detectedLanguage, boolean languageMismatch,
		String previewSha256, String note, Instant publishedAt) {

	public enum Source {

		WEB, API, EMAIL, DEMO

	}

	public enum Status {

		RECEIVED, EXTRACTED, IN_REVIEW, APPROVED, PUBLISHED, REJECTED

	}

	public boolean published() {
		return this.status == Status.PUBLISHED;
	}

}
