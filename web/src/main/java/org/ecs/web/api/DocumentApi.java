package org.ecs.web.api;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.ecs.core.document.Distribution;
import org.ecs.core.document.Document;
import org.ecs.core.document.DocumentFile;
import org.ecs.core.document.DocumentFilter;
import org.ecs.core.document.DocumentLanguage;
import org.ecs.core.document.DocumentRefusedException;
import org.ecs.core.document.DocumentType;
import org.ecs.core.document.DocumentUpload;
import org.ecs.core.document.DocumentUploads;
import org.ecs.core.document.Documents;
import org.ecs.core.participant.Participant;
import org.ecs.core.search.Search;
import org.ecs.core.search.SearchHit;
import org.ecs.core.search.SearchIndex;
import org.ecs.web.document.DocumentDownloads;
import org.ecs.web.security.CurrentParticipant;
import org.ecs.web.security.FaxOnlyPolicy;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Documents: upload a language version, list and filter, one document with its versions,
 * download a version; and the one search over documents, discussions and comments.
 */
@RestController
class DocumentApi {

	private final CurrentParticipant current;

	private final Documents documents;

	private final DocumentUploads uploads;

	private final DocumentDownloads downloads;

	private final Search search;

	private final FaxOnlyPolicy faxOnly;

	DocumentApi(CurrentParticipant current, Documents documents, DocumentUploads uploads, DocumentDownloads downloads,
			Search search, FaxOnlyPolicy faxOnly) {
		this.current = current;
		this.documents = documents;
		this.uploads = uploads;
		this.downloads = downloads;
		this.search = search;
		this.faxOnly = faxOnly;
	}

	/**
	 * 201 with the document when the symbol is new, 200 when a version was added to it;
	 * the file's status says whether it waits for extraction or review.
	 */
	@PostMapping(path = "/api/v1/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Uploaded> upload(@RequestParam(required = false) String symbol,
			@RequestParam(required = false) String title, @RequestParam(required = false) String language,
			@RequestPart(required = false) MultipartFile file, @RequestParam(required = false) String type,
			@RequestParam(required = false) String distribution, @RequestParam(required = false) String body,
			@RequestParam(required = false) String meeting, @RequestParam(required = false) LocalDate issuedOn,
			@RequestParam(required = false) String agendaItems, @RequestParam(required = false) Long discussionId)
			throws IOException {
		Participant me = this.faxOnly.requireWeb(this.current.get());
		DocumentUpload upload = new DocumentUpload(symbol, title, language,
				(file != null) ? file.getOriginalFilename() : null, (file != null) ? file.getBytes() : null,
				DocumentFile.Source.API, parse(DocumentType.class, type, "type"),
				parse(Distribution.class, distribution, "distribution"), body, meeting, issuedOn, list(agendaItems),
				discussionId);
		DocumentUploads.Received received;
		try {
			received = this.uploads.receive(me, upload);
		}
		catch (DocumentRefusedException ex) {
			throw new ResponseStatusException(DocumentDownloads.status(ex), ex.getMessage());
		}
		Uploaded view = new Uploaded(DocumentSummary.of(received.document(), this.documents, me),
				FileView.of(received.file()));
		URI location = URI.create("/api/v1/documents/" + received.document().id());
		return received.newDocument() ? ResponseEntity.created(location).body(view) : ResponseEntity.ok(view);
	}

	@GetMapping("/api/v1/documents")
	List<DocumentSummary> list(@RequestParam(required = false) String symbol,
			@RequestParam(required = false) String body, @RequestParam(required = false) String meeting,
			@RequestParam(required = false) String type, @RequestParam(required = false) String language,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "50") int limit,
			@RequestParam(defaultValue = "0") int offset) {
		Participant me = this.current.get();
		String lang = (language == null || language.isBlank()) ? null
				: DocumentLanguage.parse(language)
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
							"language: one of " + String.join(", ", DocumentLanguage.ALL) + "."));
		DocumentFilter filter = new DocumentFilter(symbol, body, meeting, parse(DocumentType.class, type, "type"), lang,
				from, to, parse(DocumentFilter.Sort.class, sort, "sort"), limit, offset);
		return this.documents.list(me.id(), filter)
			.stream()
			.map((d) -> DocumentSummary.of(d, this.documents, me))
			.toList();
	}

	@GetMapping("/api/v1/documents/{id}")
	DocumentDetail show(@PathVariable long id) {
		Participant me = this.current.get();
		Document d = this.downloads.readable(me, id);
		List<DocumentFile> files = this.downloads.filesFor(me, d);
		List<VersionView> versions = DocumentLanguage.ALL.stream().map((language) -> {
			var current = DocumentDownloads.current(files, language);
			return new VersionView(language, d.titles().get(language), current.isPresent() ? "AVAILABLE" : "PENDING",
					current.map((f) -> "/api/v1/documents/" + d.id() + "/versions/" + language).orElse(null),
					files.stream().filter((f) -> f.language().equals(language)).map(FileView::of).toList());
		}).toList();
		return new DocumentDetail(DocumentSummary.of(d, this.documents, me), d.series(), d.session(), d.kind(),
				d.number(), d.suffix(), d.parentSymbol(), d.agendaItems(), d.titles(), versions,
				this.documents.family(d).stream().map((x) -> new Related(x.id(), x.symbol())).toList(),
				this.documents.relatedDiscussions(d).stream().map((x) -> new Related(x.id(), x.title())).toList());
	}

	/** The version in this language; {@code any} gives the reader's language first. */
	@GetMapping("/api/v1/documents/{id}/versions/{language}")
	ResponseEntity<Resource> download(@PathVariable long id, @PathVariable String language) {
		Participant me = this.current.get();
		Document d = this.downloads.readable(me, id);
		List<DocumentFile> files = this.downloads.filesFor(me, d);
		DocumentFile f = ("any".equals(language) ? DocumentDownloads.inPreferredLanguage(files, me.language())
				: DocumentLanguage.parse(language).flatMap((l) -> DocumentDownloads.current(files, l)))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"This language version is not issued yet."));
		return this.downloads.send(me, d, f);
	}

	@GetMapping("/api/v1/documents/{id}/files/{fileId}")
	ResponseEntity<Resource> downloadFile(@PathVariable long id, @PathVariable long fileId) {
		Participant me = this.current.get();
		Document d = this.downloads.readable(me, id);
		return this.downloads.send(me, d, this.downloads.fileOf(d, fileId));
	}

	@GetMapping("/api/v1/search")
	List<Hit> search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String language, @RequestParam(defaultValue = "20") int limit) {
		Participant me = this.current.get();
		if (q == null || q.isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "q: say what to search for.");
		}
		String lang = (language == null || language.isBlank()) ? null : DocumentLanguage.parse(language)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "language: not one of six."));
		return this.search.search(me, q, parse(SearchIndex.Kind.class, kind, "kind"), lang, limit)
			.stream()
			.map(Hit::of)
			.toList();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					name + ": one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList() + ".");
		}
	}

	private static List<String> list(String commaSeparated) {
		if (commaSeparated == null || commaSeparated.isBlank()) {
			return List.of();
		}
		return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	record Uploaded(DocumentSummary document, FileView file) {
	}

	record DocumentSummary(long id, String symbol, String title, String body, String type, String distribution,
			String issuingBody, String meeting, LocalDate issuedOn, List<String> languages, String url) {

		static DocumentSummary of(Document d, Documents documents, Participant me) {
			List<String> languages = documents.files(d.id())
				.stream()
				.filter(DocumentFile::published)
				.map(DocumentFile::language)
				.distinct()
				.sorted(java.util.Comparator.comparingInt(DocumentLanguage.ALL::indexOf))
				.toList();
			return new DocumentSummary(d.id(), d.symbol(), d.title(me.language()), d.body(), d.type().name(),
					d.distribution().name(), d.issuingBody(), d.meeting(), d.issuedOn(), languages,
					"/documents/" + d.id());
		}

	}

	record FileView(long id, String language, String fileName, String mediaType, long size, String sha256,
			String status, boolean ocr, Integer textChars, String detectedLanguage, boolean languageMismatch,
			String note, Instant uploadedAt, Instant publishedAt) {

		static FileView of(DocumentFile f) {
			return new FileView(f.id(), f.language(), f.fileName(), f.mediaType(), f.sizeBytes(), f.sha256(),
					f.status().name(), f.ocr(), f.textChars(), f.detectedLanguage(), f.languageMismatch(), f.note(),
					f.uploadedAt(), f.publishedAt());
		}

	}

	record VersionView(String language, String title, String status, String download, List<FileView> files) {
	}

	record Related(long id, String name) {
	}

	record DocumentDetail(DocumentSummary document, String series, String session, String kind, String number,
			String suffix, String parentSymbol, List<String> agendaItems, java.util.Map<String, String> titles,
			List<VersionView> versions, List<Related> family, List<Related> discussions) {
	}

	record Hit(String kind, String symbol, Long documentId, Long discussionId, String discussion, String language,
			String title, String snippet, String url) {

		static Hit of(SearchHit h) {
			String url = (h.documentId() != null) ? "/documents/" + h.documentId() : "/discussions/" + h.discussionId();
			return new Hit(h.kind().name(), h.symbol(), h.documentId(), h.discussionId(), h.discussionTitle(),
					h.language(), h.title(), h.snippetText(), url);
		}

	}

}
