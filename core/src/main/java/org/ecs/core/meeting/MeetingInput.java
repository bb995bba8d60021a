package org.ecs.core.meeting;

import java.util.List;

/**
 * A meeting as a person or client sends it, every field as typed: start and end are
 * Vienna local times ({@code 2027-03-15T10:00}). {@link MeetingRules#check} turns it into
 * a {@link MeetingDraft} or says what is wrong.
 */
public record MeetingInput(String body, String session, String title, String start, String end, String venue,
		String room, String status, String statusReason, String contact, List<ItemInput> agenda) {

	/** An agenda item: its documents by symbol (or id), its discussions by id. */
	public record ItemInput(String title, List<String> documents, List<Long> discussions) {
	}

}
