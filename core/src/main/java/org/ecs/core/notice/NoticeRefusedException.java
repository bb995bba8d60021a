package org.ecs.core.notice;

/** A notice that cannot be sent as asked, with the sentence its sender reads. */
public class NoticeRefusedException extends RuntimeException {

	public NoticeRefusedException(String message) {
		super(message);
	}

}
