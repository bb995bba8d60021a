package org.ecs.core.review;

import java.util.List;

import org.ecs.core.text.Said;

/**
 * A review action that cannot be done, with the reason shown to the coordinator: in
 * English (the API's words), and as a key and arguments the pages say in the
 * coordinator's language ({@code review.refused.<key>} in the web bundle, or a
 * {@link Said} of its own, such as a text's broken character).
 */
public class ReviewException extends RuntimeException {

	private final Kind kind;

	private final String key;

	private final transient Object[] args;

	private final transient Said said;

	public ReviewException(Kind kind, String message) {
		this(kind, null, message);
	}

	public ReviewException(Kind kind, String key, String message, Object... args) {
		super(message);
		this.kind = kind;
		this.key = key;
		this.args = args.clone();
		this.said = null;
	}

	/** A reason already written as a sentence pages say in the reader's language. */
	public ReviewException(Kind kind, Said said) {
		super(said.english());
		this.kind = kind;
		this.key = null;
		this.args = new Object[0];
		this.said = said;
	}

	public Kind kind() {
		return this.kind;
	}

	/** The reason's key, or null when it has none (the English message then stands). */
	public String key() {
		return this.key;
	}

	public Object[] args() {
		return this.args.clone();
	}

	/** The reason as pages say it; null when only the English is known. */
	public Said said() {
		if (this.said != null) {
			return this.said;
		}
		return (this.key != null) ? new Said("review.refused." + this.key, List.of(this.args), getMessage()) : null;
	}

	public enum Kind {

		NOT_FOUND, FORBIDDEN, CONFLICT, INVALID

	}

}
