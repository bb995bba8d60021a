package org.ecs.routes.document;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.ecs.core.blob.BlobStore;
import org.ecs.core.document.Document;
import org.ecs.core.document.DocumentFile;
import org.ecs.core.document.DocumentLanguage;
import org.ecs.core.document.DocumentPublishing;
import org.ecs.core.document.Documents;
import org.ecs.core.search.LanguageGuess;
import org.ecs.core.search.SearchIndex;
import org.ecs.ocr.preview.FirstPagePreview;
import org.ecs.ocr.reading.DocumentReadException;
import org.ecs.ocr.reading.DocumentReader;
import org.ecs.ocr.reading.ReadDocument;
import org.ecs.ocr.reading.ReadPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The extraction step of a received document file: its bytes checked against their
 * checksum, its text taken out (Tika; scanned pages through OCR in the declared
 * language), its language checked against the declared one, a preview of page 1 made, and
 * the text indexed for search, all recorded in one transaction with the file locked, so
 * two instances never take the same file. Then the file is published, or waits for the
 * secretariat's review. A file that cannot be read is still catalogued, with the reason:
 * the original is kept and nothing stops the next file.
 */
public class DocumentExtraction {

	private static final Logger log = LoggerFactory.getLogger(DocumentExtraction.class);

	private final Documents documents;

	private final BlobStore blobs;

	private final DocumentReader reader;

	private final FirstPagePreview preview;

	private final SearchIndex index;

	private final DocumentPublishing publishing;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DocumentExtraction(Documents documents, BlobStore blobs, DocumentReader reader, FirstPagePreview preview,
			SearchIndex index, DocumentPublishing publishing, PlatformTransactionManager transactions, Clock clock) {
		this.documents = documents;
		this.blobs = blobs;
		this.reader = reader;
		this.preview = preview;
		this.index = index;
		this.publishing = publishing;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Files extracted per call at most, so one call of the timer stays bounded. */
	static final int BATCH = 20;

	/**
	 * Extracts the received files, oldest first, publishing each that needs no review.
	 * @return how many files were taken
	 */
	public int extractWaiting() {
		int done = 0;
		while (done < BATCH && extractNext()) {
			done++;
		}
		return done;
	}

	/**
	 * @return whether a file was waiting
	 */
	boolean extractNext() {
		RuntimeException[] failure = new RuntimeException[1];
		DocumentFile taken = this.transaction.execute((status) -> {
			List<DocumentFile> waiting = this.documents.lockReceived(1);
			if (waiting.isEmpty()) {
				return null;
			}
			try {
				extract(waiting.get(0));
			}
			catch (RuntimeException ex) {
				status.setRollbackOnly();
				failure[0] = ex;
			}
			return waiting.get(0);
		});
		if (taken == null) {
			return false;
		}
		if (failure[0] != null) {
			// recorded with the reason, so one bad file cannot hold up the files after it
			log.error("Extraction of document file {} failed", taken.id(), failure[0]);
			this.transaction.executeWithoutResult((status) -> this.documents.recordExtraction(taken.id(), 0, false,
					null, false, null, "Extraction failed: " + failure[0].getMessage(),
					taken.needsReview() ? DocumentFile.Status.IN_REVIEW : DocumentFile.Status.EXTRACTED,
					this.clock.instant()));
		}
		this.publishing.publishIfNoReview(taken.id());
		return true;
	}

	private void extract(DocumentFile f) {
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
			log.error("Document file {} ({}) is missing or damaged in the blob store", f.id(), d.symbol());
			this.documents.recordExtraction(f.id(), 0, false, null, false, null,
					"The stored file is missing or does not match its checksum.", next, this.clock.instant());
			return;
		}
		byte[] bytes = stored.get();
		String text = "";
		boolean ocr = false;
		String note = null;
		try {
			ReadDocument read = this.reader.read(bytes, f.fileName(), List.of(f.language()),
					org.ecs.ocr.tesseract.OcrProgressListener.NONE);
			text = read.text();
			ocr = read.pages().stream().anyMatch((p) -> p.source() == ReadPage.Source.OCR);
			if (read.needsTranscription()) {
				note = "Some pages are scans that could not be read here (no OCR for this language).";
			}
		}
		catch (DocumentReadException ex) {
			note = "No text could be taken out of the file: " + ex.getMessage();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading " + d.symbol(), ex);
		}
		Optional<String> detected = LanguageGuess.of(text);
		boolean mismatch = detected.isPresent() && !detected.get().equals(f.language());
		if (mismatch) {
			String found = "The text reads as " + DocumentLanguage.name(detected.get()) + ", not "
					+ DocumentLanguage.name(f.language()) + " as declared.";
			note = (note == null) ? found : note + " " + found;
		}
		String previewKey = this.preview.render(bytes, f.mediaType()).map(this.blobs::put).orElse(null);
		this.index.indexDocumentFile(f.id(), d.id(), f.language(), d.title(f.language()), text);
		this.documents.recordExtraction(f.id(), text.length(), ocr, detected.orElse(null), mismatch, previewKey, note,
				next, this.clock.instant());
		log.info("Document {} ({}) extracted: {} characters{}{}", d.symbol(), f.language(), text.length(),
				ocr ? ", OCR" : "", mismatch ? ", language mismatch" : "");
	}

}
