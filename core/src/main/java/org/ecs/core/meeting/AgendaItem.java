package org.ecs.core.meeting;

import java.util.List;

/** A numbered agenda item, with the documents and discussions it is about. */
public record AgendaItem(int number, String title, List<Long> documentIds, List<Long> discussionIds) {

	public AgendaItem {
		documentIds = List.copyOf(documentIds);
		discussionIds = List.copyOf(discussionIds);
	}

}
