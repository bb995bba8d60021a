package org.ecs.web.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ecs.core.blob.BlobStore;
import org.ecs.core.participant.Participant;
import org.ecs.core.review.ReviewException;
import org.ecs.core.review.ReviewInbox;
import org.ecs.core.review.ReviewItem;
import org.ecs.core.review.PageReading;
import org.ecs.web.i18n.Texts;
import org.ecs.web.security.CurrentParticipant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A contribution's original and, for a fax, its page images, for the reviewers who may
 * decide it: the same check as the review item itself, so nothing is served by its blob
 * key alone.
 */
@Controller
class FaxPageController {

	private final CurrentParticipant current;

	private final ReviewInbox inbox;

	/**
	 * Looked up per request: the web module's slice tests build every controller with
	 * core's services mocked and no blob store, and a page that cannot be found is a 404.
	 */
	private final ObjectProvider<BlobStore> blobs;

	/** Looked up per request too: absent when nothing here reads pages. */
	private final ObjectProvider<PageReading> reading;

	private final Texts texts;

	FaxPageController(CurrentParticipant current, ReviewInbox inbox, ObjectProvider<BlobStore> blobs,
			ObjectProvider<PageReading> reading, Texts texts) {
		this.texts = texts;
		this.current = current;
		this.inbox = inbox;
		this.blobs = blobs;
		this.reading = reading;
	}

	/**
	 * One click: the page read again in another language, its text in the text to publish
	 * replaced by what was read (when the coordinator has not changed that part).
	 */
	@PostMapping("/review/{id}/pages/{number}/reread")
	String reread(@PathVariable UUID id, @PathVariable int number, @RequestParam String language,
			RedirectAttributes redirect) {
		ReviewItem item = item(id);
		if (!FaxReview.LANGUAGES.containsKey(language)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No such language");
		}
		Map<String, String> facts = FaxReview.facts(item.factsJson());
		List<String> keys = FaxReview.pageKeys(facts);
		BlobStore store = this.blobs.getIfAvailable();
		PageReading pages = this.reading.getIfAvailable();
		if (number < 1 || number > keys.size() || store == null || pages == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		byte[] png = store.get(keys.get(number - 1))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String name = FaxReview.LANGUAGES.get(language);
		Optional<String> read = pages.read(png, language);
		String before = facts.get(FaxReview.PAGE_PREFIX + number + ".text");
		String text = item.effectiveText();
		if (read.isEmpty()) {
			redirect.addFlashAttribute("alert", this.texts.get("review.fax.reread.unreadable", number, name));
		}
		else if (before == null || before.isBlank() || !text.contains(before)) {
			redirect.addFlashAttribute("alert", this.texts.get("review.fax.reread.moved", number, name, read.get()));
		}
		else {
			try {
				this.inbox.edit(this.current.get(), id, text.replace(before, read.get()));
				redirect.addFlashAttribute("notice", this.texts.get("review.fax.reread.done", number, name));
			}
			catch (ReviewException ex) {
				redirect.addFlashAttribute("alert",
						(ex.said() != null) ? this.texts.said(List.of(ex.said()), ex.getMessage())
								: this.texts.get("review.refused.other"));
			}
		}
		return "redirect:/review#item-" + id + "-page-" + number;
	}

	@GetMapping("/review/{id}/pages/{number}")
	ResponseEntity<byte[]> page(@PathVariable UUID id, @PathVariable int number) {
		ReviewItem item = item(id);
		List<String> keys = FaxReview.pageKeys(FaxReview.facts(item.factsJson()));
		if (number < 1 || number > keys.size()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		BlobStore store = this.blobs.getIfAvailable();
		if (store == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		byte[] png = store.get(keys.get(number - 1))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(png);
	}

	/**
	 * The original as it arrived (the raw email, the fax bridge's mail), shown as plain
	 * text so nothing in it runs in the reviewer's browser.
	 */
	@GetMapping("/review/{id}/original")
	ResponseEntity<byte[]> original(@PathVariable UUID id) {
		ReviewItem item = item(id);
		BlobStore store = this.blobs.getIfAvailable();
		if (item.originalKey() == null || store == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		byte[] raw = store.get(item.originalKey()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", "inline; filename=\"original-" + id + ".eml.txt\"")
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(raw);
	}

	private ReviewItem item(UUID id) {
		Participant me = this.current.get();
		try {
			return this.inbox.item(me, id);
		}
		catch (ReviewException ex) {
			throw new ResponseStatusException(
					(ex.kind() == ReviewException.Kind.FORBIDDEN) ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND);
		}
	}

}
