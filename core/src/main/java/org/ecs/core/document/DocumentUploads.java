package org.ecs.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ecs.core.blob.BlobStore;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.participant.Participant;
import org.ecs.core.text.Said;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives a language version: checks it (symbol, language, size, the format its bytes
 * are), checks the uploader's right, keeps the file in the blob store, and catalogues it
 * as received, with its message to the document pipeline (extraction, review,
 * publication) in the same transaction. The same file sent again for the same language
 * changes nothing.
 */
@Service
public class DocumentUploads {

	public static final int MAX_TITLE = 500;

	private final Documents documents;

	private final DocumentAccess access;

	private final Discussions discussions;

	private final BlobStore blobs;

	private final DocumentStages stages;

	private final TransactionTemplate transaction;

	private final DocumentFormats formats;

	private final long maxBytes;

	public DocumentUploads(Documents documents, DocumentAccess access, Discussions discussions, BlobStore blobs,
			DocumentStages stages, PlatformTransactionManager transactions, DocumentFormats formats,
			@Value("${ecs.documents.max-bytes:20971520}") long maxBytes) {
		this.formats = formats;
		this.documents = documents;
		this.access = access;
		this.discussions = discussions;
		this.blobs = blobs;
		this.stages = stages;
		this.transaction = new TransactionTemplate(transactions);
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return this.maxBytes;
	}

	/** What an upload made: the document (new or not) and the file as catalogued. */
	public record Received(Document document, DocumentFile file, boolean newDocument) {
	}

	/**
	 * @throws DocumentRefusedException with every problem found, or the reason the
	 * uploader may not
	 */
	public Received receive(Participant uploader, DocumentUpload upload) {
		List<Said> problems = new ArrayList<>();
		Optional<DocumentSymbol> symbol = DocumentSymbol.parse(upload.symbol());
		if (symbol.isEmpty()) {
			problems.add(Said.said("problem.document.symbol",
					"symbol: give a document symbol such as CTBT/PC-61/1 or CTBT/PTS/INF.1234/Rev.1."));
		}
		Optional<String> language = DocumentLanguage.parse(upload.language());
		if (language.isEmpty()) {
			String all = String.join(", ", DocumentLanguage.ALL);
			problems.add(Said.said("problem.document.language", "language: give one of " + all + " (ISO 639-1).", all));
		}
		String title = (upload.title() == null) ? "" : upload.title().strip().replaceAll("\\s+", " ");
		if (title.length() > MAX_TITLE) {
			problems.add(Said.said("problem.document.title-long", "title: keep it under " + MAX_TITLE + " characters.",
					MAX_TITLE));
		}
		byte[] bytes = upload.bytes();
		if (bytes == null || bytes.length == 0) {
			problems.add(Said.said("problem.document.file-empty", "file: the file is missing or empty."));
		}
		if (!problems.isEmpty()) {
			throw new DocumentRefusedException(DocumentRefusedException.Kind.INVALID, problems);
		}
		if (bytes.length > this.maxBytes) {
			long megabytes = this.maxBytes / (1024 * 1024);
			throw new DocumentRefusedException(DocumentRefusedException.Kind.TOO_LARGE,
					Said.said("problem.document.file-large",
							"file: larger than the " + megabytes + " MB a document file may be.", megabytes));
		}
		Optional<Document> existing = this.documents.findBySymbol(symbol.get().symbol());
		Optional<Discussion> discussion = Optional.ofNullable(upload.discussionId())
			.flatMap(this.discussions::findById);
		if (upload.discussionId() != null && discussion.isEmpty()) {
			throw new DocumentRefusedException(DocumentRefusedException.Kind.INVALID,
					Said.said("problem.document.discussion", "discussion: no such discussion."));
		}
		this.access.refusalToUpload(uploader, existing, discussion).ifPresent((reason) -> {
			throw new DocumentRefusedException(DocumentRefusedException.Kind.FORBIDDEN, reason);
		});
		if (existing.isEmpty() && title.isEmpty()) {
			throw new DocumentRefusedException(DocumentRefusedException.Kind.INVALID,
					Said.said("problem.document.title", "title: a new document needs its title."));
		}
		String mediaType = this.formats.accepted(bytes, upload.fileName()).orElseThrow(() -> {
			String detected = this.formats.detect(bytes, upload.fileName());
			return new DocumentRefusedException(DocumentRefusedException.Kind.UNSUPPORTED_TYPE, Said
				.said("problem.document.file-type", "file: a " + detected
						+ " file is not taken; send PDF, Word, OpenDocument, RTF, plain text or a scan (TIFF, PNG, JPEG).",
						detected));
		});
		String fileName = DocumentFormats.safeFileName(upload.fileName(), mediaType);
		// content-addressed: storing the same bytes twice is harmless, so before the
		// transaction
		String sha256 = this.blobs.put(bytes);
		boolean managed = DocumentAccess.managesDocuments(uploader);
		return this.transaction.execute((status) -> {
			DocumentSymbol s = symbol.get();
			DocumentType type = (upload.type() != null) ? upload.type() : s.impliedType();
			Distribution distribution = (upload.distribution() != null) ? upload.distribution()
					: (managed ? Distribution.GENERAL : Distribution.LIMITED);
			String issuingBody = (upload.issuingBody() != null && !upload.issuingBody().isBlank())
					? upload.issuingBody().strip() : s.body();
			long id = this.documents.createIfAbsent(s, type, distribution, issuingBody, blankToNull(upload.meeting()),
					upload.issuedOn(), upload.agendaItems(), uploader.id());
			if (!title.isEmpty()) {
				this.documents.setTitle(id, language.get(), title);
			}
			discussion.ifPresent((d) -> this.documents.linkDiscussion(id, d.id()));
			Documents.AddedFile added = this.documents.addFile(id, language.get(), fileName, mediaType, bytes.length,
					sha256, upload.source(), uploader.id(), !managed || upload.source() == DocumentFile.Source.EMAIL);
			if (added.added()) {
				// in this transaction: the catalogue entry and its message are kept
				// together
				this.stages.received(added.file().id());
			}
			return new Received(this.documents.findById(id).orElseThrow(), added.file(), existing.isEmpty());
		});
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
