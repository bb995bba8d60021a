package org.ecs.core.meeting;

import org.ecs.core.text.Said;

/**
 * A meeting's fields as problems and the history name them: the API's name in English
 * ({@code title}, {@code agenda[2].title}), the field's label in the reader's language on
 * pages ({@code meeting.field.*}).
 */
final class MeetingFields {

	private MeetingFields() {
	}

	/** A field of the meeting itself, or of a recording (file-name, url). */
	static Said field(String name) {
		return Said.said("meeting.field." + name, name);
	}

	/** An agenda item, numbered from 1. */
	static Said item(int number) {
		return Said.said("meeting.field.item", "agenda[" + number + "]", number);
	}

	/** A field of an agenda item: title, documents or discussions. */
	static Said item(int number, String part) {
		return Said.said("meeting.field.item." + part, "agenda[" + number + "]." + part, number);
	}

}
