package org.ecs.core.document;

/** An upload or a decision refused, with the sentence the person reads. */
public class DocumentRefusedException extends RuntimeException {

	public enum Kind {

		INVALID, FORBIDDEN, TOO_LARGE, UNSUPPORTED_TYPE, NOT_FOUND, CONFLICT

	}

	private final Kind kind;

	private final java.util.List<org.ecs.core.text.Said> said;

	public DocumentRefusedException(Kind kind, String message) {
		super(message);
		this.kind = kind;
		this.said = java.util.List.of();
	}

	/** One with sentences pages say in the reader's language. */
	public DocumentRefusedException(Kind kind, java.util.List<org.ecs.core.text.Said> said) {
		super(org.ecs.core.text.Said.english(said));
		this.kind = kind;
		this.said = org.ecs.core.text.Said.distinct(said);
	}

	/** One sentence pages say in the reader's language. */
	public DocumentRefusedException(Kind kind, org.ecs.core.text.Said said) {
		this(kind, java.util.List.of(said));
	}

	/** The reasons as sentences with their keys; empty when only the English is known. */
	public java.util.List<org.ecs.core.text.Said> said() {
		return this.said;
	}

	public Kind kind() {
		return this.kind;
	}

}
