package org.ecs.core.discussion;

/** What a discussion is launched on. */
public enum SubjectKind {

	PAPER, TOPIC, AGENDA_ITEM

}
