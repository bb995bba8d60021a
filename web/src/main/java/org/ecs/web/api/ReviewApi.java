package org.ecs.web.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.ecs.core.participant.Channel;
import org.ecs.core.review.ReviewInbox;
import org.ecs.core.review.ReviewItem;
import org.ecs.core.review.ReviewState;
import org.ecs.web.security.CurrentParticipant;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review inbox for scripts and tools; the rules are core's, as on the console. */
@RestController
@RequestMapping("/api/v1/review/items")
class ReviewApi {

	private final CurrentParticipant current;

	private final ReviewInbox inbox;

	ReviewApi(CurrentParticipant current, ReviewInbox inbox) {
		this.current = current;
		this.inbox = inbox;
	}

	@GetMapping
	List<ReviewItemView> pending(@RequestParam(required = false) Long discussionId) {
		return this.inbox.pending(this.current.get(), discussionId).stream().map(ReviewItemView::of).toList();
	}

	@GetMapping("/{id}")
	ReviewItemView item(@PathVariable UUID id) {
		return ReviewItemView.of(this.inbox.item(this.current.get(), id));
	}

	@PostMapping("/{id}/claim")
	ReviewItemView claim(@PathVariable UUID id) {
		return ReviewItemView.of(this.inbox.claim(this.current.get(), id));
	}

	@PutMapping("/{id}/text")
	ReviewItemView edit(@PathVariable UUID id, @Valid @RequestBody TextChange change) {
		return ReviewItemView.of(this.inbox.edit(this.current.get(), id, change.text()));
	}

	@PostMapping("/{id}/assign")
	ReviewItemView assign(@PathVariable UUID id, @RequestBody Assignment assignment) {
		return ReviewItemView
			.of(this.inbox.assign(this.current.get(), id, assignment.discussionId(), assignment.authorId()));
	}

	@PostMapping("/{id}/approve")
	Decision approve(@PathVariable UUID id, @RequestBody(required = false) Approval approval) {
		this.inbox.approve(this.current.get(), id, approval == null ? null : approval.text());
		return new Decision(id, ReviewState.APPROVED, null);
	}

	@PostMapping("/{id}/reject")
	Decision reject(@PathVariable UUID id, @Valid @RequestBody Rejection rejection) {
		this.inbox.reject(this.current.get(), id, rejection.reason());
		return new Decision(id, ReviewState.REJECTED, rejection.reason().strip());
	}

	record TextChange(@NotBlank String text) {
	}

	record Assignment(Long discussionId, Long authorId) {
	}

	record Approval(String text) {
	}

	record Rejection(@NotBlank String reason) {
	}

	record Decision(UUID id, ReviewState state, String reason) {
	}

	record ReviewItemView(UUID id, Long discussionId, String discussionTitle, Channel channel, Long authorId,
			String authorName, Instant receivedAt, String text, String editedText, ReviewState state, Long claimedBy,
			String claimedByName) {

		static ReviewItemView of(ReviewItem item) {
			return new ReviewItemView(item.contributionId(), item.discussionId(), item.discussionTitle(),
					item.channel(), item.authorId(), item.authorName(), item.receivedAt(), item.text(),
					item.editedText(), item.state(), item.claimedBy(), item.claimedByName());
		}

	}

}
