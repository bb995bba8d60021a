package org.ecs.core.document;

/**
 * Who may see a document (the rule itself is {@link DocumentAccess}'s, in one SQL
 * predicate).
 */
public enum Distribution {

	/** Every active participant. */
	GENERAL,
	/**
	 * The secretariat, the uploader, and the audience of the discussions about it (those
	 * whose subject is its symbol or its parent's, and those it was added to).
	 */
	LIMITED,
	/** The secretariat and the uploader only. */
	RESTRICTED

}
