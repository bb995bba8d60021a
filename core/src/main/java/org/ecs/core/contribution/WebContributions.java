package org.ecs.core.contribution;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.DiscussionAccess;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Participant;
import org.ecs.core.text.InputText;
import org.ecs.core.text.Said;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments typed in the browser or sent through the API. The rules are checked at the
 * door so the author hears at once; the pipeline checks them again on the received-at
 * time.
 */
@Service
public class WebContributions {

	public static final int MAX_TEXT = 20_000;

	private final Discussions discussions;

	private final DiscussionAccess access;

	private final Contributions contributions;

	private final ContributionIntake intake;

	private final Clock clock;

	public WebContributions(Discussions discussions, DiscussionAccess access, Contributions contributions,
			ContributionIntake intake, Clock clock) {
		this.discussions = discussions;
		this.access = access;
		this.contributions = contributions;
		this.intake = intake;
		this.clock = clock;
	}

	/**
	 * Accepts a comment: when this returns, the comment is stored and queued.
	 * @param requestKey an idempotency key from the form or the API client (a retried
	 * post is taken once), or null
	 */
	@Transactional
	public ContributionRecord post(Participant author, long discussionId, String text, String requestKey) {
		return post(author, discussionId, text, requestKey, List.of());
	}

	/**
	 * Accepts a comment with files (checked and kept by {@code CommentAttachments}); they
	 * travel with it through review and commit.
	 */
	@Transactional
	public ContributionRecord post(Participant author, long discussionId, String text, String requestKey,
			List<Attachment> attachments) {
		Discussion d = this.discussions.findById(discussionId)
			.filter(found -> this.access.canRead(author, found))
			.orElseThrow(() -> new ContributionRefusedException("No such discussion.", true));
		Instant now = this.clock.instant();
		this.access.refusalToPost(author, d, now).ifPresent(r -> {
			throw new ContributionRefusedException(List.of(Said.said("refusal." + r.name(), r.message())),
					r != DiscussionAccess.Refusal.CLOSED && r != DiscussionAccess.Refusal.NOT_YET_OPEN);
		});
		String body = text == null ? "" : text.strip();
		if (body.isEmpty() && attachments.isEmpty()) {
			throw ContributionRefusedException
				.invalid(List.of(Said.said("problem.comment.empty", "The comment is empty.")));
		}
		if (body.length() > MAX_TEXT) {
			throw ContributionRefusedException.invalid(List.of(Said.said("problem.comment.long",
					"The comment is longer than " + MAX_TEXT + " characters.", MAX_TEXT)));
		}
		InputText.said("text", body).ifPresent((p) -> {
			throw ContributionRefusedException.invalid(List.of(p));
		});
		InputText.keyProblem("requestKey", requestKey).ifPresent((p) -> {
			throw ContributionRefusedException.invalid(p);
		});
		UUID id = UUID.randomUUID();
		String dedupe = (requestKey == null || requestKey.isBlank()) ? "web:" + id
				: "web:" + author.id() + ":" + requestKey.strip();
		Contribution c = new Contribution(id, Channel.WEB, d.id(), author.id(), now, body, null, attachments, Map.of(),
				dedupe, null);
		UUID stored = this.contributions.record(c);
		if (stored.equals(id)) {
			this.intake.submit(c);
		}
		return this.contributions.find(stored).orElseThrow();
	}

}
