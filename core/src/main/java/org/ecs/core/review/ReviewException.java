package org.ecs.core.review;

/**
 * A review action that cannot be done, with the reason shown to the coordinator: in
 * English (the API's words), and as a key and arguments the pages say in the
 * coordinator's language ({@code review.refused.<key>} in the web bundle).
 */
public class ReviewException extends RuntimeException {

	private final Kind kind;

	private final String key;

	private final transient Object[] args;

	public ReviewException(Kind kind, String message) {
		this(kind, null, message);
	}

	public ReviewException(Kind kind, String key, String message, Object... args) {
		super(message);
		this.kind = kind;
		this.key = key;
		this.args = args.clone();
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

	public enum Kind {

		NOT_FOUND, FORBIDDEN, CONFLICT, INVALID

	}

}
