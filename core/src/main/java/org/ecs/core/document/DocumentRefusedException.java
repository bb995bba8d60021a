package org.ecs.core.document;

/** An upload or a decision refused, with the sentence the person reads. */
public class DocumentRefusedException extends RuntimeException {

	public enum Kind {

		INVALID, FORBIDDEN, TOO_LARGE, UNSUPPORTED_TYPE, NOT_FOUND, CONFLICT

	}

	private final Kind kind;

	public DocumentRefusedException(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	public Kind kind() {
		return this.kind;
	}

}
