package org.ecs.core.meeting;

import java.time.Instant;
import java.util.List;

/** A meeting that passed {@link MeetingRules}: typed, its times as instants. */
public record MeetingDraft(MeetingBody body, String session, String title, Instant startsAt, Instant endsAt,
		String venue, String room, MeetingStatus status, String statusReason, String contact, List<ItemDraft> agenda) {

	public MeetingDraft {
		agenda = List.copyOf(agenda);
	}

	/** Documents still by symbol or id as given; the store resolves and checks them. */
	public record ItemDraft(String title, List<String> documents, List<Long> discussions) {

		public ItemDraft {
			documents = List.copyOf(documents);
			discussions = List.copyOf(discussions);
		}

	}

}
