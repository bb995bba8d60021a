package org.ecs.web.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ecs.core.comment.Comment;
import org.ecs.core.contribution.ContributionRecord;
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
import org.ecs.core.text.InputText;
import org.ecs.web.PageTag;
import org.ecs.web.discussion.PublishedComments;
import org.ecs.web.security.CurrentParticipant;
import org.ecs.web.security.FaxOnlyPolicy;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/** Discussions, their comments, and posting; contributions and their progress. */
@RestController
class DiscussionApi {

	static final int DEFAULT_PAGE_SIZE = 50;

	static final int MAX_PAGE_SIZE = 500;

	private final CurrentParticipant current;

	private final Discussions discussions;

	private final DiscussionAccess access;

	private final PublishedComments published;

	private final Contributions contributions;

	private final WebContributions webContributions;

	private final Clock clock;

	private final FaxOnlyPolicy faxOnly;

	DiscussionApi(CurrentParticipant current, Discussions discussions, DiscussionAccess access,
			PublishedComments published, Contributions contributions, WebContributions webContributions, Clock clock,
			FaxOnlyPolicy faxOnly) {
		this.current = current;
		this.discussions = discussions;
		this.access = access;
		this.published = published;
		this.contributions = contributions;
		this.webContributions = webContributions;
		this.clock = clock;
		this.faxOnly = faxOnly;
	}

	@GetMapping("/api/v1/discussions")
	List<DiscussionSummary> list() {
		Participant me = this.current.get();
		Instant now = this.clock.instant();
		return this.discussions.visibleTo(me.id()).stream().map((d) -> DiscussionSummary.of(d, now)).toList();
	}

	/**
	 * The discussion with a page of its comments ({@code page}, 1 on, of {@code size}, at
	 * most {@value #MAX_PAGE_SIZE}), or all of them ({@code all=true}); a Link header
	 * names the pages before and after. Comments come from {@link PublishedComments} (one
	 * query per discussion version); a weak ETag over the version, the reader and their
	 * own contributions answers an unchanged revalidation with 304.
	 */
	@GetMapping("/api/v1/discussions/{id}")
	ResponseEntity<DiscussionDetail> show(@PathVariable long id, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size,
			@RequestParam(defaultValue = "false") boolean all, WebRequest request) {
		Participant me = this.current.get();
		Discussion d = readable(me, id);
		if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"page: 1 or more; size: 1 to " + MAX_PAGE_SIZE + ".");
		}
		Instant now = this.clock.instant();
		boolean mayPost = this.access.refusalToPost(me, d, now).isEmpty();
		long version = this.published.version(d.id());
		List<ContributionView> own = this.contributions.byAuthorInDiscussion(me.id(), d.id())
			.stream()
			.map(ContributionView::of)
			.toList();
		String etag = PageTag.weak(PageTag.of("discussion-api", d.id(), version, all ? "all" : page + "x" + size)
			.viewer(me)
			.part(own)
			.part(mayPost)
			.part(!d.isClosedAt(now)));
		if (request.checkNotModified(etag)) {
			return null;
		}
		List<Comment> comments = this.published.of(d.id(), version);
		int total = comments.size();
		int pages = all ? 1 : Math.max(1, (total + size - 1) / size);
		int shown = all ? 1 : Math.min(page, pages);
		int from = all ? 0 : Math.min(total, (shown - 1) * size);
		int to = all ? total : Math.min(total, from + size);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.eTag(etag)
			.cacheControl(CacheControl.noCache().cachePrivate());
		if (!all) {
			String self = "/api/v1/discussions/" + d.id() + "?size=" + size + "&page=";
			List<String> links = new java.util.ArrayList<>();
			if (shown > 1) {
				links.add("<" + self + (shown - 1) + ">; rel=\"prev\"");
			}
			if (shown < pages) {
				links.add("<" + self + (shown + 1) + ">; rel=\"next\"");
			}
			if (!links.isEmpty()) {
				response.header(HttpHeaders.LINK, String.join(", ", links));
			}
		}
		return response.body(new DiscussionDetail(d.id(), d.title(), d.subjectKind(), d.subjectRef(), d.description(),
				d.opensAt(), d.deadline(), !d.isClosedAt(now), mayPost, total, all ? 0 : shown, pages,
				comments.subList(from, to).stream().map(CommentView::of).toList(), own));
	}

	/**
	 * 202: the comment is stored and queued; the status says whether it waits for review.
	 */
	@PostMapping("/api/v1/discussions/{id}/comments")
	ResponseEntity<ContributionView> post(@PathVariable long id, @RequestBody NewComment comment) {
		Participant me = this.current.get();
		Discussion d = readable(me, id);
		this.access.refusalToPost(me, d, this.clock.instant()).ifPresent((refusal) -> {
			throw new ResponseStatusException(
					refusal == Refusal.MONITORING_ONLY ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT, refusal.message());
		});
		this.faxOnly.requireWeb(me);
		String text = comment.text() == null ? "" : comment.text().strip();
		if (text.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "text: the comment is empty.");
		}
		if (text.length() > WebContributions.MAX_TEXT) {
			throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
					"text: the comment is longer than " + WebContributions.MAX_TEXT + " characters.");
		}
		InputText.problem("text", text)
			.or(() -> InputText.keyProblem("requestKey", comment.requestKey()))
			.ifPresent((problem) -> {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, problem);
			});
		ContributionRecord posted = this.webContributions.post(me, id, text, comment.requestKey());
		return ResponseEntity.accepted().body(ContributionView.of(posted));
	}

	/**
	 * Your own contributions, those of discussions you review, and published ones of
	 * discussions you read (core's rule). Anyone else: 404, as if there were none.
	 */
	@GetMapping("/api/v1/contributions/{id}")
	ContributionView contribution(@PathVariable UUID id) {
		Participant me = this.current.get();
		return this.contributions.find(id)
			.filter((c) -> this.access.maySeeContribution(me, c.discussionId(), c.authorId(),
					c.status() == ContributionStatus.PUBLISHED))
			.map(ContributionView::of)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such contribution."));
	}

	private Discussion readable(Participant me, long id) {
		return this.discussions.findById(id)
			.filter((d) -> this.access.canRead(me, d))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such discussion."));
	}

	record NewComment(String text, String requestKey) {
	}

	record DiscussionSummary(long id, String title, SubjectKind subjectKind, String subjectRef, Instant opensAt,
			Instant deadline, boolean open) {

		static DiscussionSummary of(Discussion d, Instant now) {
			return new DiscussionSummary(d.id(), d.title(), d.subjectKind(), d.subjectRef(), d.opensAt(), d.deadline(),
					!d.isClosedAt(now));
		}

	}

	record DiscussionDetail(long id, String title, SubjectKind subjectKind, String subjectRef, String description,
			Instant opensAt, Instant deadline, boolean open, boolean mayPost, int commentCount, int page, int pages,
			List<CommentView> comments, List<ContributionView> ownContributions) {
	}

	record CommentView(long id, long authorId, String authorName, String authorState, String text, Channel channel,
			Instant receivedAt, String reviewedBy, String loggedBy, Instant publishedAt) {

		static CommentView of(Comment c) {
			return new CommentView(c.id(), c.authorId(), c.authorName(), c.authorState(), c.text(), c.channel(),
					c.receivedAt(), c.reviewedByName(), c.loggedByName(), c.publishedAt());
		}

	}

	record ContributionView(UUID id, Channel channel, Long discussionId, Long authorId, Instant receivedAt, String text,
			ContributionStatus status, String reason) {

		static ContributionView of(ContributionRecord c) {
			return new ContributionView(c.id(), c.channel(), c.discussionId(), c.authorId(), c.receivedAt(), c.text(),
					c.status(), c.reason());
		}

	}

}
