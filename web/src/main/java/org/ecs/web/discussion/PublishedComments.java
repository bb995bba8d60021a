package org.ecs.web.discussion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.ecs.core.comment.Comment;
import org.ecs.core.comment.CommentStore;
import org.ecs.core.discussion.Discussions;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * A discussion's published comments, kept by discussion version: a committed comment
 * never changes, and anything a page shows of it that can (a name, a State) grows the
 * version (V120's triggers), so each version is read from the database once and each
 * comment is rendered once per version and language. What differs between readers
 * (delivery summaries, the form, the reader's own contributions) stays outside:
 * everything kept here is what every reader of the discussion sees, and callers look here
 * only after checking that the reader may read the discussion.
 */
@Component
public class PublishedComments {

	/** The template fragment that shows one comment's provenance and text. */
	static final String TEMPLATE = "discussion";

	static final Set<String> FRAGMENT = Set.of("comment-body");

	private final Discussions discussions;

	private final CommentStore store;

	private final ITemplateEngine templates;

	private final ThymeleafEvaluationContext evaluation;

	private final Cache<Versioned, List<Comment>> comments = Caffeine.newBuilder()
		.maximumWeight(32L << 20)
		.<Versioned, List<Comment>>weigher((key, list) -> weight(list))
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	private final Cache<Rendering, List<RenderedComment>> rendered = Caffeine.newBuilder()
		.maximumWeight(64L << 20)
		.<Rendering, List<RenderedComment>>weigher(
				(key, list) -> list.stream().mapToInt((c) -> 64 + 2 * c.html().length()).sum())
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	PublishedComments(Discussions discussions, CommentStore store, ITemplateEngine templates,
			ApplicationContext application) {
		this.discussions = discussions;
		this.store = store;
		this.templates = templates;
		this.evaluation = new ThymeleafEvaluationContext(application, null);
	}

	/** The discussion's current version (V120); -1 when there is no such discussion. */
	public long version(long discussionId) {
		return this.discussions.version(discussionId);
	}

	/**
	 * The comments of this version of the discussion, oldest first; one query per
	 * version.
	 */
	public List<Comment> of(long discussionId, long version) {
		return this.comments.get(new Versioned(discussionId, version), (key) -> this.store.inDiscussion(discussionId));
	}

	/** The comments of this version, each rendered once per language. */
	List<RenderedComment> rendered(long discussionId, long version, Locale locale) {
		return this.rendered.get(new Rendering(discussionId, version, locale), (key) -> {
			List<Comment> all = of(discussionId, version);
			List<RenderedComment> html = new ArrayList<>(all.size());
			for (Comment c : all) {
				Context context = new Context(locale);
				context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
						this.evaluation);
				context.setVariable("c", c);
				html.add(
						new RenderedComment(c.id(), c.authorId(), this.templates.process(TEMPLATE, FRAGMENT, context)));
			}
			return List.copyOf(html);
		});
	}

	private static int weight(List<Comment> list) {
		int bytes = 0;
		for (Comment c : list) {
			bytes += 160 + 2 * c.text().length();
		}
		return bytes;
	}

	record Versioned(long discussionId, long version) {
	}

	record Rendering(long discussionId, long version, Locale locale) {
	}

	/** One comment's provenance and text as HTML, and who wrote it. */
	record RenderedComment(long id, long authorId, String html) {
	}

}
