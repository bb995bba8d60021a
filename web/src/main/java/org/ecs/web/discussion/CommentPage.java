package org.ecs.web.discussion;

import java.util.List;

import org.ecs.web.discussion.PublishedComments.RenderedComment;

/**
 * One page of a discussion's comments, or all of them (page 0: the whole discussion, for
 * printing). A page past the end shows the last one. Public for the template's
 * expressions.
 *
 * @param first the index of the first comment shown among all
 */
public record CommentPage(List<RenderedComment> comments, int page, int pages, int total, int first, boolean whole) {

	static final int SIZE = 50;

	static CommentPage of(List<RenderedComment> all, int page) {
		int pages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
		if (page == 0) {
			return new CommentPage(all, 0, pages, all.size(), 0, true);
		}
		int shown = Math.min(Math.max(page, 1), pages);
		int first = (shown - 1) * SIZE;
		return new CommentPage(all.subList(first, Math.min(all.size(), first + SIZE)), shown, pages, all.size(), first,
				false);
	}

	public boolean hasPrevious() {
		return !this.whole && this.page > 1;
	}

	public boolean hasNext() {
		return !this.whole && this.page < this.pages;
	}

}
