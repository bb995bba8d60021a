package org.ecs.core.notice;

import java.util.List;

import org.ecs.core.text.Said;

/**
 * A notice (or a discussion launch) that cannot be done as asked, with the sentence its
 * sender reads: forbidden when it is a matter of rights, else something to correct.
 */
public class NoticeRefusedException extends RuntimeException {

	private final boolean forbidden;

	private final List<Said> said;

	public NoticeRefusedException(String message) {
		this(message, false, List.of());
	}

	/** Every reason, as sentences pages say in the reader's language. */
	public NoticeRefusedException(List<Said> said) {
		this(Said.english(said), false, Said.distinct(said));
	}

	private NoticeRefusedException(String message, boolean forbidden, List<Said> said) {
		super(message);
		this.forbidden = forbidden;
		this.said = said;
	}

	public static NoticeRefusedException forbidden(String message) {
		return new NoticeRefusedException(message, true, List.of());
	}

	public static NoticeRefusedException forbidden(List<Said> said) {
		return new NoticeRefusedException(Said.english(said), true, Said.distinct(said));
	}

	public boolean isForbidden() {
		return this.forbidden;
	}

	/** The reasons as sentences with their keys; empty when only the English is known. */
	public List<Said> said() {
		return this.said;
	}

}
