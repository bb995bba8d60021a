package org.ecs.core.notice;

/** What a notice is; also the kind of the notifications it fans out to. */
public enum NoticeKind {

	/** A discussion was launched: its audience is invited to take part. */
	ANNOUNCEMENT,
	/** A message on the notification network, to people or groups. */
	MESSAGE,
	/**
	 * About a person's own account (an invitation, a change of level, a withdrawal):
	 * reaches them whatever their status, since they may not be able to sign in.
	 */
	ACCOUNT

}
