package org.ecs.core.notice;

/**
 * A notice (or a discussion launch) that cannot be done as asked, with the sentence its
 * sender reads: forbidden when it is a matter of rights, else something to correct.
 */
public class NoticeRefusedException extends RuntimeException {

	private final boolean forbidden;

	public NoticeRefusedException(String message) {
		this(message, false);
	}

	private NoticeRefusedException(String message, boolean forbidden) {
		super(message);
		this.forbidden = forbidden;
	}

	public static NoticeRefusedException forbidden(String message) {
		return new NoticeRefusedException(message, true);
	}

	public boolean isForbidden() {
		return this.forbidden;
	}

}
