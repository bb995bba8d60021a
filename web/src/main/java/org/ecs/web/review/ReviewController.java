package org.ecs.web.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.ecs.core.contribution.IntakeProgress;
import org.ecs.core.discussion.DiscussionAccess;
import org.ecs.core.discussion.Discussions;
import java.nio.charset.StandardCharsets;
import org.ecs.core.blob.BlobStore;
import org.ecs.core.comment.CommentAttachments;
import org.ecs.core.contribution.Attachment;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.ecs.core.document.Document;
import org.ecs.core.document.DocumentAccess;
import org.ecs.core.document.DocumentFile;
import org.ecs.core.document.Documents;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.review.ReviewException;
import org.ecs.core.review.ReviewInbox;
import org.ecs.core.review.ReviewItem;
import org.ecs.web.i18n.Texts;
import org.ecs.web.security.CurrentParticipant;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.beans.factory.ObjectProvider;
import org.ecs.core.platform.PlatformFeatures;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The coordinators' console. Every action redirects back to the queue with a message, so
 * a reload never repeats a decision.
 */
@Controller
@RequestMapping("/review")
class ReviewController {

	private final CurrentParticipant current;

	private final ReviewInbox inbox;

	private final Discussions discussions;

	private final ParticipantDirectory directory;

	private final IntakeProgress progress;

	private final DiscussionAccess access;

	private final ObjectProvider<PlatformFeatures> platform;

	private final Documents documents;

	private final CommentAttachments attachments;

	private final BlobStore blobs;

	private final Texts texts;

	ReviewController(CurrentParticipant current, ReviewInbox inbox, Discussions discussions,
			ParticipantDirectory directory, IntakeProgress progress, DiscussionAccess access,
			ObjectProvider<PlatformFeatures> platform, Documents documents, CommentAttachments attachments,
			BlobStore blobs, Texts texts) {
		this.texts = texts;
		this.current = current;
		this.inbox = inbox;
		this.discussions = discussions;
		this.directory = directory;
		this.progress = progress;
		this.access = access;
		this.platform = platform;
		this.documents = documents;
		this.attachments = attachments;
		this.blobs = blobs;
	}

	@GetMapping
	String queue(@RequestParam(name = "discussion", required = false) Long filter, Model model) {
		Participant me = this.current.get();
		List<ReviewItem> all = call(() -> this.inbox.pending(me, null));
		Map<Long, String> byDiscussion = new LinkedHashMap<>();
		all.stream()
			.filter((item) -> item.discussionId() != null)
			.forEach((item) -> byDiscussion.putIfAbsent(item.discussionId(), item.discussionTitle()));
		List<ReviewItem> shown = all.stream()
			.filter((item) -> filter == null || Objects.equals(item.discussionId(), filter))
			.toList();
		model.addAttribute("items", shown);
		model.addAttribute("inProgress", this.progress.current());
		model.addAttribute("pendingDiscussions", byDiscussion);
		model.addAttribute("filter", filter);
		Map<UUID, FaxReview> faxes = new LinkedHashMap<>();
		shown.stream().filter(FaxReview::isFax).forEach((item) -> faxes.put(item.contributionId(), FaxReview.of(item)));
		model.addAttribute("faxes", faxes);
		Map<UUID, MailSenderClaim> claims = new LinkedHashMap<>();
		shown.forEach((item) -> MailSenderClaim.of(item).ifPresent((c) -> claims.put(item.contributionId(), c)));
		model.addAttribute("senderClaims", claims);
		Map<UUID, MailTrimming> trimmings = new LinkedHashMap<>();
		shown.forEach((item) -> MailTrimming.of(item).ifPresent((t) -> trimmings.put(item.contributionId(), t)));
		model.addAttribute("mailTrimmings", trimmings);
		model.addAttribute("reviewAttachments",
				this.attachments.ofContributions(shown.stream().map(ReviewItem::contributionId).toList()));
		if (DocumentAccess.managesDocuments(me)) {
			// documents sent by participants or by mail wait here too, with the same
			// decisions as on the documents' own review page
			model.addAttribute("documentRows",
					this.documents.inReview()
						.stream()
						.map((f) -> new DocumentRow(f, this.documents.findById(f.documentId()).orElseThrow()))
						.toList());
		}
		PlatformFeatures features = this.platform.getIfAvailable();
		model.addAttribute("waitingFeatures", (features != null) ? features.waiting() : List.of());
		if (shown.stream().anyMatch((item) -> item.discussionId() == null || item.authorId() == null)) {
			// only where this reviewer may move input: core refuses the others anyway
			model.addAttribute("assignableDiscussions",
					this.discussions.visibleTo(me.id()).stream().filter((d) -> this.access.mayReview(me, d)).toList());
			model.addAttribute("assignableAuthors",
					this.directory.all().stream().filter(Participant::mayPost).toList());
		}
		return "review";
	}

	/** A file that came with an item, for the reviewers of that item. */
	@GetMapping("/{id}/attachments/{index}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable int index) {
		Participant me = this.current.get();
		call(() -> this.inbox.item(me, id));
		List<Attachment> files = this.attachments.ofContributions(List.of(id)).getOrDefault(id, List.of());
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

	@PostMapping("/{id}/claim")
	String claim(@PathVariable UUID id, @RequestParam(name = "discussion", required = false) Long filter,
			RedirectAttributes redirect) {
		Participant me = this.current.get();
		return decide(redirect, filter, this.texts.get("review.done.claimed"), () -> this.inbox.claim(me, id));
	}

	@PostMapping("/{id}/text")
	String edit(@PathVariable UUID id, @RequestParam(name = "text", required = false) String text,
			@RequestParam(name = "discussion", required = false) Long filter, RedirectAttributes redirect) {
		Participant me = this.current.get();
		return decide(redirect, filter, this.texts.get("review.done.saved"), () -> this.inbox.edit(me, id, text));
	}

	/**
	 * Puts a part the trimmer removed back at the end of the text to publish (as the
	 * reviewer has it on the page), as an edit of the reviewer's: the same rights as
	 * editing the text.
	 */
	@PostMapping("/{id}/restore/{part}")
	String restore(@PathVariable UUID id, @PathVariable int part,
			@RequestParam(name = "text", required = false) String current,
			@RequestParam(name = "discussion", required = false) Long filter, RedirectAttributes redirect) {
		Participant me = this.current.get();
		ReviewItem item = call(() -> this.inbox.item(me, id));
		MailTrimming.Part removed = MailTrimming.part(item, part)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such removed part"));
		// the text as the reviewer has it on the page, unsaved edits included
		String text = ((current != null) ? current : item.effectiveText()).stripTrailing();
		String restored = text.isEmpty() ? removed.text() : text + "\n\n" + removed.text();
		return decide(redirect, filter, this.texts.get("review.done.restored"),
				() -> this.inbox.edit(me, id, restored));
	}

	/**
	 * An item that is not the reviewer's is a 403 or 404; a refused choice of discussion
	 * or author goes back to the queue as a message.
	 */
	@PostMapping("/{id}/assign")
	String assign(@PathVariable UUID id, @RequestParam(name = "discussionId", required = false) Long discussionId,
			@RequestParam(name = "authorId", required = false) Long authorId,
			@RequestParam(name = "discussion", required = false) Long filter, RedirectAttributes redirect) {
		Participant me = this.current.get();
		call(() -> this.inbox.item(me, id));
		return decide(redirect, filter, this.texts.get("review.done.assigned"), () -> {
			try {
				return this.inbox.assign(me, id, discussionId, authorId);
			}
			catch (ReviewException ex) {
				if (ex.kind() == ReviewException.Kind.FORBIDDEN) {
					throw new ReviewConflict(say(ex));
				}
				throw ex;
			}
		});
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable UUID id, @RequestParam(name = "text", required = false) String text,
			@RequestParam(name = "discussion", required = false) Long filter, RedirectAttributes redirect) {
		Participant me = this.current.get();
		return decide(redirect, filter, this.texts.get("review.done.approved"), () -> {
			this.inbox.approve(me, id, text);
			return null;
		});
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable UUID id, @RequestParam(name = "reason", required = false) String reason,
			@RequestParam(name = "discussion", required = false) Long filter, RedirectAttributes redirect) {
		Participant me = this.current.get();
		return decide(redirect, filter, this.texts.get("review.done.rejected"), () -> {
			this.inbox.reject(me, id, reason);
			return null;
		});
	}

	/**
	 * Conflicts and invalid input go back to the queue as a message; a forbidden or
	 * unknown item is a 403 or 404 like anywhere else.
	 */
	private String decide(RedirectAttributes redirect, Long filter, String done, Supplier<?> action) {
		try {
			call(action);
			redirect.addFlashAttribute("notice", done);
		}
		catch (ReviewConflict ex) {
			redirect.addFlashAttribute("alert", ex.getMessage());
		}
		String target = UriComponentsBuilder.fromPath("/review")
			.queryParamIfPresent("discussion", Optional.ofNullable(filter))
			.toUriString();
		return "redirect:" + target;
	}

	/**
	 * A refusal in the coordinator's language; one core gave no key is said in general
	 * words (the API keeps the English).
	 */
	private String say(ReviewException ex) {
		return (ex.said() != null) ? this.texts.said(List.of(ex.said()), ex.getMessage())
				: this.texts.get("review.refused.other");
	}

	private <T> T call(Supplier<T> action) {
		try {
			return action.get();
		}
		catch (ReviewException ex) {
			throw switch (ex.kind()) {
				case NOT_FOUND -> new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
				case FORBIDDEN -> new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
				case CONFLICT -> new ReviewConflict(this.texts.get("review.refused.conflict"));
				case INVALID -> new ReviewConflict(say(ex));
			};
		}
	}

	/** A review action the coordinator should read about on the queue page. */
	private static final class ReviewConflict extends RuntimeException {

		ReviewConflict(String message) {
			super(message);
		}

	}

	/** A document file waiting for the secretariat, with its document. */
	record DocumentRow(DocumentFile file, Document document) {
	}

}
