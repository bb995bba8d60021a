package org.ecs.core.review;

/** A review action that cannot be done, with the reason shown to the coordinator. */
public class ReviewException extends RuntimeException {

	private final Kind kind;

	public ReviewException(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	public Kind kind() {
		return this.kind;
	}

	public enum Kind {

		NOT_FOUND, FORBIDDEN, CONFLICT, INVALID

	}

}
