package org.ecs.web.document;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.ecs.core.blob.BlobStore;
import org.ecs.core.document.Document;
import org.ecs.core.document.DocumentAccess;
import org.ecs.core.document.DocumentFile;
import org.ecs.core.document.DocumentLanguage;
import org.ecs.core.document.DocumentRefusedException;
import org.ecs.core.document.Documents;
import org.ecs.core.participant.Participant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finding a document and one of its files for a reader, and sending the file: the pages
 * and the API share it, so the rules are the same. The bytes are checked against their
 * SHA-256 on the way out (and the checksum sent along); Spring serves range requests of
 * the resource returned.
 */
@Component
public class DocumentDownloads {

	private static final Logger log = LoggerFactory.getLogger(DocumentDownloads.class);

	private final Documents documents;

	private final DocumentAccess access;

	private final BlobStore blobs;

	DocumentDownloads(Documents documents, DocumentAccess access, BlobStore blobs) {
		this.documents = documents;
		this.access = access;
		this.blobs = blobs;
	}

	/**
	 * The document if this reader may see it; 404 otherwise (its existence is not told).
	 */
	public Document readable(Participant me, long id) {
		return this.documents.findById(id)
			.filter((d) -> this.access.canSee(me, d))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such document."));
	}

	/**
	 * The files this reader is shown: published ones; the uploader's and all for the
	 * secretariat.
	 */
	public List<DocumentFile> filesFor(Participant me, Document d) {
		boolean manages = DocumentAccess.managesDocuments(me);
		return this.documents.files(d.id())
			.stream()
			.filter((f) -> f.published() || manages || (f.uploadedBy() != null && f.uploadedBy() == me.id()))
			.toList();
	}

	/** The newest published file in this language. */
	public static Optional<DocumentFile> current(List<DocumentFile> files, String language) {
		return files.stream()
			.filter((f) -> f.published() && f.language().equals(language))
			.max(Comparator.comparing(DocumentFile::publishedAt).thenComparing(DocumentFile::id));
	}

	/** The reader's language if issued, else the first issued in the order offered. */
	public static Optional<DocumentFile> inPreferredLanguage(List<DocumentFile> files, String preferred) {
		for (String language : DocumentLanguage.preferredFirst(preferred)) {
			Optional<DocumentFile> f = current(files, language);
			if (f.isPresent()) {
				return f;
			}
		}
		return Optional.empty();
	}

	/**
	 * The file as a download: 403 for a participant who takes part by fax only, 404 when
	 * the reader may not see it.
	 */
	public ResponseEntity<Resource> send(Participant me, Document d, DocumentFile f) {
		if (!DocumentAccess.mayDownloadFiles(me)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Participants who take part by fax receive announcements, not files.");
		}
		if (!this.access.canDownload(me, d, f)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such file.");
		}
		byte[] bytes;
		try {
			bytes = this.blobs.getVerified(f.sha256())
				.orElseThrow(() -> new DocumentRefusedException(DocumentRefusedException.Kind.NOT_FOUND, "missing"));
		}
		catch (IllegalStateException | DocumentRefusedException ex) {
			log.error("Document file {} of {} is missing or damaged in the blob store", f.id(), d.symbol());
			throw new ResponseStatusException(HttpStatus.INTERNAL_SERVER_ERROR,
					"This file is damaged in storage; the secretariat has been told.");
		}
		String sha = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(f.sha256()));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(f.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(f.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("Repr-Digest", "sha-256=:" + sha + ":")
			.header("X-Checksum-SHA256", f.sha256())
			.header(HttpHeaders.CONTENT_LANGUAGE, f.language())
			.eTag("\"" + f.sha256() + "\"")
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(new ByteArrayResource(bytes));
	}

	/** The first-page preview, for those who may see the document. */
	public ResponseEntity<byte[]> preview(Participant me, Document d, DocumentFile f) {
		if (f.previewSha256() == null || f.documentId() != d.id() || !this.access.canSee(me, d) || !(f.published()
				|| DocumentAccess.managesDocuments(me) || (f.uploadedBy() != null && f.uploadedBy() == me.id()))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No preview.");
		}
		byte[] png = this.blobs.get(f.previewSha256())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No preview."));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePrivate())
			.body(png);
	}

	/** The file of that document, or 404. */
	public DocumentFile fileOf(Document d, long fileId) {
		return this.documents.file(fileId)
			.filter((f) -> f.documentId() == d.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such file."));
	}

	/** The HTTP status a refusal is answered with. */
	public static HttpStatus status(DocumentRefusedException ex) {
		return switch (ex.kind()) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
			case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
		};
	}

}
