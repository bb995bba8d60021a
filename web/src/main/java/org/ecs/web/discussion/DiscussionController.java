package org.ecs.web.discussion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.ecs.core.blob.BlobStore;
import org.ecs.core.comment.Comment;
import org.ecs.core.comment.CommentAttachments;
import org.ecs.core.comment.CommentStore;
import org.ecs.core.contribution.Attachment;
import org.ecs.core.document.DocumentAccess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.ecs.core.notification.DeliverySummary;
import org.ecs.core.notification.Notification;
import org.ecs.core.notification.Notifications;
import org.ecs.core.contribution.ContributionRecord;
import org.ecs.core.contribution.ContributionRefusedException;
import org.ecs.core.contribution.ContributionStatus;
import org.ecs.core.contribution.Contributions;
import org.ecs.core.contribution.WebContributions;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.DiscussionAccess;
import org.ecs.core.discussion.DiscussionAccess.Refusal;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.discussion.SubjectKind;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Participant;
import org.ecs.web.i18n.Texts;
import org.ecs.core.text.InputText;
import org.ecs.web.PageTag;
import org.ecs.web.discussion.PublishedComments.RenderedComment;
import org.ecs.web.security.CurrentParticipant;
import org.ecs.web.security.FaxOnlyPolicy;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class DiscussionController {

	private final CurrentParticipant current;

	private final Discussions discussions;

	private final DiscussionAccess access;

	private final Contributions contributions;

	private final WebContributions webContributions;

	private final Clock clock;

	private final Notifications notifications;

	private final Texts texts;

	private final CommentAttachments attachments;

	private final BlobStore blobs;

	private final FaxOnlyPolicy faxOnly;

	private final PublishedComments published;

	private final CommentStore comments;

	DiscussionController(CurrentParticipant current, Discussions discussions, DiscussionAccess access,
			CommentStore comments, PublishedComments published, Contributions contributions,
			WebContributions webContributions, Clock clock, Notifications notifications, Texts texts,
			CommentAttachments attachments, BlobStore blobs, FaxOnlyPolicy faxOnly) {
		this.faxOnly = faxOnly;
		this.comments = comments;
		this.published = published;
		this.notifications = notifications;
		this.texts = texts;
		this.attachments = attachments;
		this.blobs = blobs;
		this.current = current;
		this.discussions = discussions;
		this.access = access;
		this.contributions = contributions;
		this.webContributions = webContributions;
		this.clock = clock;
	}

	/** The orders the list offers; the first is the default (latest deadline first). */
	static final List<String> SORTS = List.of("-deadline", "deadline", "title");

	/** What the list is narrowed to, as the form sends it back. */
	record ListFilter(String q, String state, String kind, String sort) {
	}

	@GetMapping("/discussions")
	String list(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "state", required = false) String state,
			@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "sort", required = false) String sort, Model model) {
		Participant me = this.current.get();
		Instant now = this.clock.instant();
		ListFilter filter = new ListFilter((q == null) ? "" : q.strip(), state, kind,
				(sort != null && SORTS.contains(sort)) ? sort : SORTS.get(0));
		String words = filter.q().toLowerCase(Locale.ROOT);
		Comparator<Discussion> order = switch (filter.sort()) {
			case "deadline" -> Comparator.comparing(Discussion::deadline);
			case "title" -> Comparator.comparing((Discussion d) -> d.title().toLowerCase(Locale.ROOT));
			default -> Comparator.comparing(Discussion::deadline).reversed();
		};
		List<Discussion> shown = this.discussions.visibleTo(me.id())
			.stream()
			.filter((d) -> words.isEmpty() || d.title().toLowerCase(Locale.ROOT).contains(words)
					|| (d.subjectRef() != null && d.subjectRef().toLowerCase(Locale.ROOT).contains(words)))
			.filter((d) -> !"open".equals(state) || !d.isClosedAt(now))
			.filter((d) -> !"closed".equals(state) || d.isClosedAt(now))
			.filter((d) -> kind == null || kind.isBlank() || d.subjectKind().name().equals(kind))
			.sorted(order)
			.toList();
		model.addAttribute("discussions", shown);
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", SubjectKind.values());
		model.addAttribute("sorts", SORTS);
		model.addAttribute("mayLaunch", me.mayPost() && this.faxOnly.actsOnWeb(me));
		return "discussions";
	}

	/**
	 * A page of the discussion ({@value CommentPage#SIZE} comments), or all of it for
	 * printing. Answered with a weak ETag over everything the page shows (the discussion
	 * version, who reads it and with which rights, their own contributions and delivery
	 * summaries, the unread badge, the language, the session that signs its form), so a
	 * browser revalidating an unchanged page gets 304 without the page being rendered.
	 */
	@GetMapping("/discussions/{id}")
	String show(@PathVariable long id, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "false") boolean all, Model model, ServletWebRequest request) {
		Participant me = this.current.get();
		Discussion d = readable(me, id);
		Shown shown = populate(model, me, d, all ? 0 : page);
		// after a post the page carries its outcome once: never answered from a cache
		if (!model.containsAttribute("posted")) {
			String etag = PageTag.weak(PageTag.of("discussion", d.id(), shown.version(), all ? "all" : page)
				.viewer(me)
				.locale(LocaleContextHolder.getLocale())
				.session(request.getRequest().getSession(false))
				.part(model.getAttribute("unreadCount"))
				.part(model.getAttribute("attachments"))
				.part(model.getAttribute("edited"))
				.part(model.getAttribute("mayPost"))
				.part(shown.own())
				.part(shown.deliveries())
				.part(model.getAttribute("open"))
				.part(model.getAttribute("refusal")));
			request.getResponse().setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
			if (request.checkNotModified(etag)) {
				return null;
			}
		}
		model.addAttribute("commentForm", new CommentForm("", UUID.randomUUID().toString()));
		return "discussion";
	}

	@PostMapping("/discussions/{id}/comments")
	String post(@PathVariable long id, @ModelAttribute("commentForm") CommentForm form,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		Participant me = this.current.get();
		Discussion d = readable(me, id);
		Optional<Refusal> refusal = this.access.refusalToPost(me, d, this.clock.instant());
		if (refusal.isPresent() && refusal.get() == Refusal.MONITORING_ONLY) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, refusal.get().message());
		}
		if (!this.faxOnly.actsOnWeb(me)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Fax-only participants answer by fax.");
		}
		String error = refusal.map(this::say).orElse(null);
		ContributionRecord posted = null;
		if (error == null) {
			try {
				List<CommentAttachments.Incoming> incoming = new ArrayList<>();
				for (MultipartFile f : (files == null) ? List.<MultipartFile>of() : files) {
					if (!f.isEmpty()) {
						incoming.add(new CommentAttachments.Incoming(f.getOriginalFilename(), f.getBytes()));
					}
				}
				posted = this.webContributions.post(me, id, form.text(), CommentForm.key(form),
						this.attachments.accept(incoming));
			}
			catch (ContributionRefusedException ex) {
				if (ex.isForbidden()) {
					throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
				}
				error = this.texts.said(ex.said(), ex.getMessage());
			}
		}
		if (error != null) {
			populate(model, me, d, 1);
			model.addAttribute("postError", error);
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return "discussion";
		}
		redirect.addFlashAttribute("posted", PostOutcome.of(posted, d, this.texts));
		return "redirect:/discussions/" + id + "#post-outcome";
	}

	/**
	 * A file that came with a published comment, for those who may read the discussion
	 * and have files (not fax-only participants), as an attachment of the type its bytes
	 * were found to be, never shown inline.
	 */
	@GetMapping("/discussions/{id}/comments/{commentId}/attachments/{index}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long commentId, @PathVariable int index) {
		Participant me = this.current.get();
		Discussion d = readable(me, id);
		if (!DocumentAccess.mayDownloadFiles(me)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Fax-only participants receive comments by fax, without their files.");
		}
		boolean inDiscussion = this.published.of(d.id(), this.published.version(d.id()))
			.stream()
			.anyMatch((c) -> c.id() == commentId);
		List<Attachment> files = inDiscussion
				? this.attachments.ofComments(List.of(commentId)).getOrDefault(commentId, List.of()) : List.of();
		if (index < 0 || index >= files.size()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such file.");
		}
		Attachment a = files.get(index);
		byte[] bytes = this.blobs.getVerified(a.blobKey())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "The file is not available."));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(a.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(a.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}

	/**
	 * The discussion, or 404 for anyone outside its audience: a refusal would tell them
	 * it exists.
	 */
	private Discussion readable(Participant me, long id) {
		return this.discussions.findById(id)
			.filter((d) -> this.access.canRead(me, d))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such discussion."));
	}

	/**
	 * The page's model; page 0 is the whole discussion. Comments come rendered from
	 * {@link PublishedComments} (the same for every reader); delivery summaries are the
	 * reader's own (comments they wrote, or all for reviewers), in one look-up per page.
	 */
	private Shown populate(Model model, Participant me, Discussion d, int page) {
		Instant now = this.clock.instant();
		// readable() admitted the reader already: no second audience look-up
		Optional<Refusal> refusal = this.access.refusalToPostReader(me, d, now);
		model.addAttribute("discussion", d);
		model.addAttribute("open", !d.isClosedAt(now));
		model.addAttribute("invited", this.discussions.audienceNames(d.id()));
		long version = this.published.version(d.id());
		CommentPage comments = CommentPage.of(this.published.rendered(d.id(), version, LocaleContextHolder.getLocale()),
				page);
		model.addAttribute("commentPage", comments);
		model.addAttribute("attachments",
				this.attachments.ofComments(comments.comments().stream().map(RenderedComment::id).toList()));
		model.addAttribute("mayDownload", DocumentAccess.mayDownloadFiles(me));
		model.addAttribute("attachmentMaxMegabytes", this.attachments.maxBytes() / (1024 * 1024));
		model.addAttribute("attachmentMaxFiles", CommentAttachments.MAX_FILES);
		// whoever sent a comment (and its reviewers) see how its notifications fared,
		// failures included
		Map<String, Long> shownTo = new HashMap<>();
		for (RenderedComment c : comments.comments()) {
			if (c.authorId() == me.id() || me.reviews()) {
				shownTo.put(Notification.commentKey(c.id()), c.id());
			}
		}
		Map<Long, DeliverySummary> deliveries = new TreeMap<>();
		this.notifications.summaries(shownTo.keySet())
			.forEach((key, summary) -> deliveries.put(shownTo.get(key), summary));
		model.addAttribute("deliveries", deliveries);
		List<ContributionRecord> own = this.contributions.byAuthorInDiscussion(me.id(), d.id());
		model.addAttribute("own", own);
		Map<java.util.UUID, String> reasons = new HashMap<>();
		own.stream()
			.filter((o) -> o.reason() != null)
			.forEach((o) -> reasons.put(o.id(), reason(o.reason(), this.texts)));
		model.addAttribute("reasons", reasons);
		// the author sees what a reviewer changed in their text before publishing it
		Map<Long, List<TextDifference.Segment>> edited = new HashMap<>();
		Map<Long, String> originals = this.comments.editedBeforePublication(d.id(), me.id());
		if (!originals.isEmpty()) {
			for (Comment c : this.published.of(d.id(), version)) {
				if (c.authorId() == me.id() && originals.containsKey(c.id())) {
					edited.put(c.id(), TextDifference.between(originals.get(c.id()), c.text()));
				}
			}
		}
		model.addAttribute("edited", edited);
		boolean web = this.faxOnly.actsOnWeb(me);
		model.addAttribute("mayPost", refusal.isEmpty() && web);
		model.addAttribute("refusal", refusal.map(this::say).orElse(web ? null : this.texts.get("refusal.FAX_ONLY")));
		return new Shown(version, own, deliveries);
	}

	/**
	 * Why a contribution was not published, in the page's language: ECS's own refusals
	 * (kept in English with the contribution) by their bundle text, a coordinator's words
	 * as written.
	 */
	static String reason(String reason, Texts texts) {
		for (Refusal r : Refusal.values()) {
			if (r.message().equals(reason)) {
				return texts.get("refusal." + r.name());
			}
		}
		return reason;
	}

	/** Why this person cannot post, in the page's language. */
	private String say(Refusal refusal) {
		return this.texts.get("refusal." + refusal.name());
	}

	/** What a page showed that changes without the discussion's version changing. */
	private record Shown(long version, List<ContributionRecord> own, Map<Long, DeliverySummary> deliveries) {
	}

	/**
	 * The comment form; the request key makes a double submit count once. A page answered
	 * 304 shows the form of an earlier response, so two tabs may hold the same key: the
	 * text is part of the key, so only the same text sent twice counts once.
	 */
	record CommentForm(String text, String requestKey) {

		static String key(CommentForm form) {
			if (form.requestKey() == null || form.requestKey().isBlank()) {
				return form.requestKey();
			}
			String key = form.requestKey().strip();
			if (key.length() > InputText.MAX_KEY - 17) {
				// too long already: core says so
				return key;
			}
			String text = (form.text() == null) ? "" : form.text().strip();
			return key + "-" + PageTag.digest(text).substring(0, 16);
		}

	}

	/** What the author reads after posting. */
	record PostOutcome(String status, String message) {

		static PostOutcome of(ContributionRecord posted, Discussion d, Texts texts) {
			if (posted.status() == ContributionStatus.REJECTED) {
				return new PostOutcome("rejected",
						texts.get("discussion.posted.rejected", reason(posted.reason(), texts)));
			}
			if (posted.status() == ContributionStatus.PUBLISHED || !d.reviewPolicy().requiresReview(Channel.WEB)) {
				return new PostOutcome("published", texts.get("discussion.posted.published"));
			}
			return new PostOutcome("waiting-for-review", texts.get("discussion.posted.waiting"));
		}

	}

}
