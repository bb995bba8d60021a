package org.ecs.routes.document;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.ecs.core.blob.BlobStore;
import org.ecs.core.document.Document;
import org.ecs.core.document.DocumentFile;
import org.ecs.core.document.DocumentLanguage;
import org.ecs.core.document.DocumentStages;
import org.ecs.core.document.Documents;
import org.ecs.core.search.LanguageGuess;
import org.ecs.core.search.SearchIndex;
import org.ecs.ocr.preview.FirstPagePreview;
import org.ecs.ocr.reading.DocumentReadException;
import org.ecs.ocr.reading.DocumentReader;
import org.ecs.ocr.reading.ReadDocument;
import org.ecs.ocr.reading.ReadPage;
import org.ecs.ocr.tesseract.OcrException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The extraction stage of a received document file (from {@code ecs.document.received}):
 * its bytes checked against their checksum, its text taken out (Tika; scanned pages
 * through OCR in the declared language), its language checked against the declared one, a
 * preview of page 1 made, and the text indexed for search, all recorded in one
 * transaction with the file's row locked, together with the message for the next stage
 * (publication when no review is needed). A file already past this stage (a redelivered
 * message) is left as it is. A file that cannot be read is refused with the reason, kept
 * for the secretariat to inspect, and its uploader told; a stored file that is missing or
 * damaged waits in review. A failure of ECS's own (the database, OCR) fails the message,
 * which the broker delivers again with back-off and then keeps as a dead letter.
 */
public class DocumentExtraction {

	private static final Logger log = LoggerFactory.getLogger(DocumentExtraction.class);

	private final Documents documents;

	private final BlobStore blobs;

	private final DocumentReader reader;

	private final FirstPagePreview preview;

	private final SearchIndex index;

	private final DocumentStages stages;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DocumentExtraction(Documents documents, BlobStore blobs, DocumentReader reader, FirstPagePreview preview,
			SearchIndex index, DocumentStages stages, PlatformTransactionManager transactions, Clock clock) {
		this.documents = documents;
		this.blobs = blobs;
		this.reader = reader;
		this.preview = preview;
		this.index = index;
		this.stages = stages;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Extracts the file unless a delivery before this one did.
	 * @return the file's status afterwards, or null when there is no such file
	 */
	public DocumentFile.Status extract(long fileId) {
		return this.transaction.execute((status) -> {
			Optional<DocumentFile> locked = this.documents.lockFile(fileId);
			if (locked.isEmpty()) {
				log.warn("No document file {} to extract", fileId);
				return null;
			}
			DocumentFile f = locked.get();
			if (f.status() != DocumentFile.Status.RECEIVED) {
				return f.status();
			}
			DocumentFile.Status next = extractFile(f);
			if (next == DocumentFile.Status.EXTRACTED) {
				this.stages.approved(f.id());
			}
			else if (next == DocumentFile.Status.REJECTED) {
				this.stages.rejected(f.id());
			}
			return next;
		});
	}

	private DocumentFile.Status extractFile(DocumentFile f) {
		Document d = this.documents.findById(f.documentId()).orElseThrow();
		DocumentFile.Status next = f.needsReview() ? DocumentFile.Status.IN_REVIEW : DocumentFile.Status.EXTRACTED;
		Optional<byte[]> stored;
		try {
			stored = this.blobs.getVerified(f.sha256());
		}
		catch (IllegalStateException ex) {
			stored = Optional.empty();
		}
		if (stored.isEmpty()) {
			// ECS's fault, not the sender's: the secretariat sees it and nothing is
			// published
			log.error("Document file {} ({}) is missing or damaged in the blob store", f.id(), d.symbol());
			this.documents.recordExtraction(f.id(), 0, false, null, false, null,
					"The stored file is missing or does not match its checksum.", DocumentFile.Status.IN_REVIEW,
					this.clock.instant());
			return DocumentFile.Status.IN_REVIEW;
		}
		byte[] bytes = stored.get();
		ReadDocument read;
		try {
			read = this.reader.read(bytes, f.fileName(), List.of(f.language()),
					org.ecs.ocr.tesseract.OcrProgressListener.NONE);
		}
		catch (DocumentReadException ex) {
			if (ex.getCause() instanceof OcrException) {
				// the OCR engine failed, not the file: the broker tries again later
				throw new IllegalStateException("OCR failed on " + d.symbol() + " (" + f.language() + ")", ex);
			}
			return unreadable(f, d, ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading " + d.symbol(), ex);
		}
		catch (RuntimeException ex) {
			// a parser that throws on these bytes will throw again: the file is at fault
			log.warn("Reading document file {} ({}) failed", f.id(), d.symbol(), ex);
			return unreadable(f, d, ex.getClass().getSimpleName());
		}
		String text = read.text();
		boolean ocr = read.pages().stream().anyMatch((p) -> p.source() == ReadPage.Source.OCR);
		String note = null;
		if (read.needsTranscription()) {
			note = "Some pages are scans that could not be read here (no OCR for this language).";
		}
		Optional<String> detected = LanguageGuess.of(text);
		boolean mismatch = detected.isPresent() && !detected.get().equals(f.language());
		if (mismatch) {
			String found = "The text reads as " + DocumentLanguage.name(detected.get()) + ", not "
					+ DocumentLanguage.name(f.language()) + " as declared.";
			note = (note == null) ? found : note + " " + found;
		}
		String previewKey;
		try {
			previewKey = this.preview.render(bytes, f.mediaType()).map(this.blobs::put).orElse(null);
		}
		catch (RuntimeException ex) {
			log.warn("No preview of document file {} ({})", f.id(), d.symbol(), ex);
			previewKey = null;
		}
		this.index.indexDocumentFile(f.id(), d.id(), f.language(), d.title(f.language()), text);
		this.documents.recordExtraction(f.id(), text.length(), ocr, detected.orElse(null), mismatch, previewKey, note,
				next, this.clock.instant());
		log.info("Document {} ({}) extracted: {} characters{}{}", d.symbol(), f.language(), text.length(),
				ocr ? ", OCR" : "", mismatch ? ", language mismatch" : "");
		return next;
	}

	private DocumentFile.Status unreadable(DocumentFile f, Document d, String why) {
		log.warn("Document file {} ({}, {}) cannot be read: {}", f.id(), d.symbol(), f.language(), why);
		this.documents.markUnreadable(f.id(), "ECS could not read this file (" + why
				+ "). Send it again as PDF, Word, OpenDocument, RTF or plain text.", this.clock.instant());
		return DocumentFile.Status.REJECTED;
	}

}
