package org.ecs.web.document;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.ecs.core.discussion.Discussions;
import org.ecs.core.document.DocumentCatalogue;
import org.ecs.core.document.DocumentFollows;
import org.ecs.core.document.Distribution;
import org.ecs.core.document.Document;
import org.ecs.core.document.DocumentAccess;
import org.ecs.core.document.DocumentFile;
import org.ecs.core.document.DocumentFilter;
import org.ecs.core.document.DocumentLanguage;
import org.ecs.core.document.DocumentPublishing;
import org.ecs.core.document.DocumentRefusedException;
import org.ecs.core.document.DocumentSymbol;
import org.ecs.core.document.DocumentType;
import org.ecs.core.document.DocumentUpload;
import org.ecs.core.document.DocumentUploads;
import org.ecs.core.document.Documents;
import org.ecs.core.participant.Participant;
import org.ecs.core.search.Search;
import org.ecs.core.search.SearchIndex;
import org.ecs.web.i18n.LanguageNames;
import org.ecs.web.i18n.Texts;
import org.ecs.web.security.CurrentParticipant;
import org.ecs.web.security.FaxOnlyPolicy;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The document pages: the list (sort and filter), a page per document (its six language
 * versions, history, related discussions), the upload form for several language versions
 * at once, the secretariat's review of documents sent by others, and the search page.
 */
@Controller
class DocumentController {

	private final CurrentParticipant current;

	private final Documents documents;

	private final DocumentUploads uploads;

	private final DocumentPublishing publishing;

	private final DocumentDownloads downloads;

	private final Discussions discussions;

	private final Search search;

	private final Texts texts;

	private final LanguageNames languages;

	private final DocumentCatalogue catalogue;

	private final DocumentFollows follows;

	private final FaxOnlyPolicy faxOnly;

	DocumentController(CurrentParticipant current, Documents documents, DocumentUploads uploads,
			DocumentPublishing publishing, DocumentDownloads downloads, Discussions discussions, Search search,
			Texts texts, LanguageNames languages, DocumentCatalogue catalogue, DocumentFollows follows,
			FaxOnlyPolicy faxOnly) {
		this.faxOnly = faxOnly;
		this.texts = texts;
		this.languages = languages;
		this.catalogue = catalogue;
		this.follows = follows;
		this.current = current;
		this.documents = documents;
		this.uploads = uploads;
		this.publishing = publishing;
		this.downloads = downloads;
		this.discussions = discussions;
		this.search = search;
	}

	@GetMapping("/documents")
	String list(@RequestParam(required = false) String symbol, @RequestParam(required = false) String body,
			@RequestParam(required = false) String meeting, @RequestParam(required = false) String type,
			@RequestParam(required = false) String language, @RequestParam(required = false) String sort, Model model) {
		Participant me = this.current.get();
		DocumentType t = parse(DocumentType.class, type);
		String lang = DocumentLanguage.parse(language).orElse(null);
		DocumentFilter.Sort s = parse(DocumentFilter.Sort.class, sort);
		List<Document> list = this.documents.list(me.id(),
				new DocumentFilter(symbol, body, meeting, t, lang, null, null, s, 100, 0));
		Map<Long, List<String>> languages = new LinkedHashMap<>();
		for (Document d : list) {
			languages.put(d.id(),
					this.documents.files(d.id())
						.stream()
						.filter(DocumentFile::published)
						.map(DocumentFile::language)
						.distinct()
						.sorted(java.util.Comparator.comparingInt(DocumentLanguage.ALL::indexOf))
						.toList());
		}
		model.addAttribute("documents", list);
		model.addAttribute("languagesOf", languages);
		model.addAttribute("filter", new ListFilter(symbol, body, meeting, (t != null) ? t.name() : "",
				(lang != null) ? lang : "", (s != null) ? s.name() : "DATE_DESC"));
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("sorts", DocumentFilter.Sort.values());
		model.addAttribute("allLanguages", DocumentLanguage.ALL);
		model.addAttribute("mayUpload", DocumentAccess.managesDocuments(me));
		model.addAttribute("follows", this.follows.of(me.id()));
		model.addAttribute("inReview", DocumentAccess.managesDocuments(me) ? this.documents.inReview().size() : 0);
		return "documents";
	}

	/** Where a discussion's paper links to: the document under that symbol. */
	@GetMapping("/documents/by-symbol")
	String bySymbol(@RequestParam String symbol) {
		Participant me = this.current.get();
		String canonical = DocumentSymbol.parse(symbol)
			.map(DocumentSymbol::symbol)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such document."));
		Document d = this.documents.findBySymbol(canonical)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No document " + canonical + " is catalogued yet."));
		return "redirect:/documents/" + this.downloads.readable(me, d.id()).id();
	}

	@GetMapping("/documents/{id}")
	String show(@PathVariable long id, Model model) {
		Participant me = this.current.get();
		Document d = this.downloads.readable(me, id);
		List<DocumentFile> files = this.downloads.filesFor(me, d);
		List<Version> versions = new ArrayList<>();
		for (String language : DocumentLanguage.preferredFirst(me.language())) {
			List<DocumentFile> of = files.stream().filter((f) -> f.language().equals(language)).toList();
			versions.add(new Version(language, DocumentLanguage.name(language), d.titles().get(language),
					DocumentDownloads.current(files, language).orElse(null), of));
		}
		model.addAttribute("document", d);
		model.addAttribute("title", d.title(me.language()));
		model.addAttribute("versions", versions);
		model.addAttribute("family", this.documents.family(d));
		model.addAttribute("related", this.documents.relatedDiscussions(d));
		model.addAttribute("meetings", this.documents.relatedMeetings(d.id()));
		model.addAttribute("mayDownload", DocumentAccess.mayDownloadFiles(me));
		model.addAttribute("manages", DocumentAccess.managesDocuments(me));
		model.addAttribute("changes", this.catalogue.history(d.id()));
		model.addAttribute("followsBody", this.follows.follows(me.id(), DocumentFollows.Kind.BODY, d.body()));
		model.addAttribute("followsMeeting", this.follows.follows(me.id(), DocumentFollows.Kind.MEETING, d.meeting()));
		model.addAttribute("preview",
				versions.stream()
					.map(Version::current)
					.filter((f) -> f != null && f.previewSha256() != null)
					.findFirst()
					.orElse(null));
		return "document";
	}

	/**
	 * Follow a body or a meeting, from the list or from a document's page ({@code back}).
	 */
	@PostMapping("/documents/follows")
	String follow(@RequestParam(required = false) String kind, @RequestParam(required = false) String value,
			@RequestParam(required = false) Long back, RedirectAttributes redirect) {
		Participant me = this.current.get();
		DocumentFollows.Kind k = parse(DocumentFollows.Kind.class, kind);
		try {
			if (k == null) {
				throw new DocumentRefusedException(DocumentRefusedException.Kind.INVALID,
						this.texts.get("documents.follow.choose"));
			}
			this.follows.follow(me, k, value);
			redirect.addFlashAttribute("notice", this.texts.get("documents.followed"));
		}
		catch (DocumentRefusedException ex) {
			redirect.addFlashAttribute("alert", say(ex));
		}
		return (back != null) ? "redirect:/documents/" + back : "redirect:/documents";
	}

	@PostMapping("/documents/follows/remove")
	String unfollow(@RequestParam(required = false) String kind, @RequestParam(required = false) String value,
			@RequestParam(required = false) Long back, RedirectAttributes redirect) {
		Participant me = this.current.get();
		DocumentFollows.Kind k = parse(DocumentFollows.Kind.class, kind);
		if (k != null && value != null) {
			this.follows.unfollow(me, k, value);
			redirect.addFlashAttribute("notice", this.texts.get("documents.unfollowed"));
		}
		return (back != null) ? "redirect:/documents/" + back : "redirect:/documents";
	}

	@GetMapping("/documents/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Participant me = this.current.get();
		Document d = editable(me, id);
		model.addAttribute("form", EditForm.of(d));
		return editPage(model, d, List.of());
	}

	/** The secretariat's edit of the catalogue entry; each change goes to its history. */
	@PostMapping("/documents/{id}/edit")
	String edit(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		Participant me = this.current.get();
		Document d = editable(me, id);
		EditForm form = EditForm.of(params);
		try {
			Map<String, String> titles = new LinkedHashMap<>();
			for (String language : DocumentLanguage.ALL) {
				titles.put(language, form.titles().getOrDefault(language, ""));
			}
			List<DocumentCatalogue.Change> changes = this.catalogue.edit(me, id,
					new DocumentCatalogue.Edit(titles, parse(DocumentType.class, form.type()),
							parse(Distribution.class, form.distribution()), form.body(), form.meeting(),
							parseDate(form.issuedOn()),
							Arrays.stream(form.agendaItems().split(","))
								.map(String::strip)
								.filter((x) -> !x.isEmpty())
								.toList()));
			redirect.addFlashAttribute("notice", changes.isEmpty() ? this.texts.get("document-edit.nothing")
					: this.texts.get("document-edit.saved", changes.size()));
			return "redirect:/documents/" + id;
		}
		catch (DocumentRefusedException ex) {
			if (ex.kind() == DocumentRefusedException.Kind.FORBIDDEN) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
			}
			model.addAttribute("form", form);
			return editPage(model, d, List.of(say(ex)));
		}
	}

	private Document editable(Participant me, long id) {
		if (!DocumentAccess.managesDocuments(me)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the secretariat edits the catalogue.");
		}
		return this.documents.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such document."));
	}

	private String editPage(Model model, Document d, List<String> errors) {
		model.addAttribute("document", d);
		model.addAttribute("errors", errors);
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("distributions", Distribution.values());
		model.addAttribute("allLanguages", DocumentLanguage.ALL);
		return "document-edit";
	}

	@GetMapping("/documents/{id}/files/{fileId}")
	ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long fileId) {
		Participant me = this.current.get();
		Document d = this.downloads.readable(me, id);
		return this.downloads.send(me, d, this.downloads.fileOf(d, fileId));
	}

	@GetMapping("/documents/{id}/files/{fileId}/preview")
	ResponseEntity<byte[]> preview(@PathVariable long id, @PathVariable long fileId) {
		Participant me = this.current.get();
		Document d = this.downloads.readable(me, id);
		return this.downloads.preview(me, d, this.downloads.fileOf(d, fileId));
	}

	@GetMapping("/documents/new")
	String form(@RequestParam(required = false) String symbol, @RequestParam(required = false) Long discussion,
			Model model) {
		Participant me = this.faxOnly.requireWeb(this.current.get());
		if (!DocumentAccess.managesDocuments(me) && (discussion == null || !me.mayPost())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Only the secretariat uploads documents; a full participant adds one from a discussion.");
		}
		model.addAttribute("form", UploadForm.empty(symbol, discussion));
		return formPage(model, me, List.of());
	}

	/** One language version per row that has a file; each row is received on its own. */
	@PostMapping("/documents")
	String upload(MultipartHttpServletRequest request, Model model, RedirectAttributes redirect) throws IOException {
		Participant me = this.faxOnly.requireWeb(this.current.get());
		UploadForm form = UploadForm.of(request);
		List<String> errors = new ArrayList<>();
		Long documentId = null;
		int received = 0;
		for (String language : DocumentLanguage.ALL) {
			MultipartFile file = request.getFile("file_" + language);
			if (file == null || file.isEmpty()) {
				continue;
			}
			try {
				DocumentUploads.Received r = this.uploads.receive(me,
						new DocumentUpload(form.symbol(), form.titles().get(language), language,
								file.getOriginalFilename(), file.getBytes(), DocumentFile.Source.WEB,
								parse(DocumentType.class, form.type()), parse(Distribution.class, form.distribution()),
								form.body(), form.meeting(), parseDate(form.issuedOn()), form.agendaList(),
								form.discussion()));
				documentId = r.document().id();
				received++;
			}
			catch (DocumentRefusedException ex) {
				if (ex.kind() == DocumentRefusedException.Kind.FORBIDDEN) {
					throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
				}
				errors.add(this.languages.name(language) + ": " + say(ex));
			}
		}
		if (received == 0 && errors.isEmpty()) {
			errors.add(this.texts.get("upload.error.no-file"));
		}
		if (!errors.isEmpty()) {
			model.addAttribute("form", form);
			return formPage(model, me, errors);
		}
		redirect.addFlashAttribute("notice", this.texts.get(DocumentAccess.managesDocuments(me)
				? "upload.received.published-when-extracted" : "upload.received.reviewed", received));
		return "redirect:/documents/" + documentId;
	}

	@GetMapping("/documents/review")
	String review(Model model) {
		Participant me = this.current.get();
		if (!DocumentAccess.managesDocuments(me)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the secretariat reviews documents.");
		}
		model.addAttribute("rows", rows(this.documents.inReview()));
		model.addAttribute("unreadable", rows(this.documents.unreadable(50)));
		return "document-review";
	}

	private List<ReviewRow> rows(List<DocumentFile> files) {
		return files.stream()
			.map((f) -> new ReviewRow(f, this.documents.findById(f.documentId()).orElseThrow()))
			.toList();
	}

	/**
	 * A decision returns to the page it was taken on: the review console or this list.
	 */
	private static String back(String back) {
		return "review".equals(back) ? "redirect:/review" : "redirect:/documents/review";
	}

	@PostMapping("/documents/files/{fileId}/approve")
	String approve(@PathVariable long fileId, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		Participant me = this.current.get();
		try {
			this.publishing.approve(fileId, me);
			redirect.addFlashAttribute("notice", this.texts.get("document-review.approved"));
		}
		catch (DocumentRefusedException ex) {
			refuse(ex, redirect);
		}
		return back(back);
	}

	@PostMapping("/documents/files/{fileId}/reject")
	String reject(@PathVariable long fileId, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		Participant me = this.current.get();
		try {
			this.publishing.reject(fileId, me, reason);
			redirect.addFlashAttribute("notice", this.texts.get("document-review.rejected-told"));
		}
		catch (DocumentRefusedException ex) {
			refuse(ex, redirect);
		}
		return back(back);
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String language, Model model) {
		Participant me = this.current.get();
		String lang = DocumentLanguage.parse(language).orElse(null);
		SearchIndex.Kind k = parse(SearchIndex.Kind.class, kind);
		model.addAttribute("q", (q == null) ? "" : q);
		model.addAttribute("kind", (k != null) ? k.name() : "");
		model.addAttribute("language", (lang != null) ? lang : "");
		model.addAttribute("allLanguages", DocumentLanguage.ALL);
		model.addAttribute("hits", (q == null || q.isBlank()) ? List.of() : this.search.search(me, q, k, lang, 30));
		return "search";
	}

	/** What was refused, in the page's language when ECS knows the sentence. */
	private String say(DocumentRefusedException ex) {
		return this.texts.said(ex.said(), ex.getMessage());
	}

	private void refuse(DocumentRefusedException ex, RedirectAttributes redirect) {
		if (ex.kind() == DocumentRefusedException.Kind.FORBIDDEN) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
		}
		if (ex.kind() == DocumentRefusedException.Kind.NOT_FOUND) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		redirect.addFlashAttribute("alert", say(ex));
	}

	private String formPage(Model model, Participant me, List<String> errors) {
		model.addAttribute("errors", errors);
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("distributions", Distribution.values());
		model.addAttribute("allLanguages", DocumentLanguage.ALL);
		model.addAttribute("manages", DocumentAccess.managesDocuments(me));
		model.addAttribute("maxMegabytes", this.uploads.maxBytes() / (1024 * 1024));
		model.addAttribute("myDiscussions", this.discussions.visibleTo(me.id()));
		return "document-upload";
	}

	private static LocalDate parseDate(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new DocumentRefusedException(DocumentRefusedException.Kind.INVALID,
					"date of issue: write it as 2026-12-02.");
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A language version as the page shows it: pending until a file is published. */
	record Version(String language, String name, String title, DocumentFile current, List<DocumentFile> files) {

		public boolean pending() {
			return this.current == null;
		}

	}

	record ReviewRow(DocumentFile file, Document document) {
	}

	record EditForm(String type, String distribution, String body, String meeting, String issuedOn, String agendaItems,
			Map<String, String> titles) {

		static EditForm of(Document d) {
			return new EditForm(d.type().name(), d.distribution().name(), Objects.toString(d.issuingBody(), ""),
					Objects.toString(d.meeting(), ""), Objects.toString(d.issuedOn(), ""),
					String.join(", ", d.agendaItems()), d.titles());
		}

		static EditForm of(Map<String, String> params) {
			Map<String, String> titles = new LinkedHashMap<>();
			for (String language : DocumentLanguage.ALL) {
				titles.put(language, params.getOrDefault("title_" + language, ""));
			}
			return new EditForm(params.getOrDefault("type", ""), params.getOrDefault("distribution", ""),
					params.getOrDefault("body", ""), params.getOrDefault("meeting", ""),
					params.getOrDefault("issuedOn", ""), params.getOrDefault("agendaItems", ""), titles);
		}

	}

	record ListFilter(String symbol, String body, String meeting, String type, String language, String sort) {
	}

	record UploadForm(String symbol, String type, String distribution, String body, String meeting, String issuedOn,
			String agendaItems, Long discussion, Map<String, String> titles) {

		static UploadForm empty(String symbol, Long discussion) {
			return new UploadForm((symbol == null) ? "" : symbol, "", "", "", "", "", "", discussion, Map.of());
		}

		static UploadForm of(MultipartHttpServletRequest request) {
			Map<String, String> titles = new LinkedHashMap<>();
			for (String language : DocumentLanguage.ALL) {
				String t = request.getParameter("title_" + language);
				if (t != null && !t.isBlank()) {
					titles.put(language, t);
				}
			}
			String discussion = request.getParameter("discussion");
			Long d = null;
			if (discussion != null && discussion.matches("\\d{1,18}")) {
				d = Long.valueOf(discussion);
			}
			return new UploadForm(value(request, "symbol"), value(request, "type"), value(request, "distribution"),
					value(request, "body"), value(request, "meeting"), value(request, "issuedOn"),
					value(request, "agendaItems"), d, titles);
		}

		List<String> agendaList() {
			return Arrays.stream(this.agendaItems.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
		}

		private static String value(MultipartHttpServletRequest request, String name) {
			String v = request.getParameter(name);
			return (v == null) ? "" : v;
		}

	}

}
