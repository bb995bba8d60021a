package org.ecs.core.notice;

/** What a notice is; also the kind of the notifications it fans out to. */
public enum NoticeKind {

	/** A discussion was launched: its audience is invited to take part. */
	ANNOUNCEMENT,
	/** A message on the notification network, to people or groups. */
	MESSAGE

}
