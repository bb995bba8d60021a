package org.ecs.core.participant;

import java.time.Instant;
import java.util.List;

/**
 * A participant's entry in the participants database: the person as the rest of ECS sees
 * them, plus their affiliation, who nominated and approved them, their status and what
 * they told us about themselves.
 *
 * @param affiliationKind STATE, ORGANISATION (the secretariat) or OBSERVER
 * @param nominatedById the focal point (or secretariat member) who nominated them, if any
 * @param languages the languages they work in (ISO 639-1), besides their notification
 * language
 * @param expertise their fields of expertise, as short tags
 */
public record ParticipantProfile(Participant person, String title, String stateName, String affiliationKind,
		ParticipantStatus status, String statusReason, Instant statusChangedAt, String nominatingAuthority,
		Long nominatedById, String nominatedByName, Long approvedById, Instant approvedAt, List<String> languages,
		List<String> expertise, String timeZone, String phone, Instant createdAt) {

	public ParticipantProfile {
		languages = List.copyOf(languages);
		expertise = List.copyOf(expertise);
	}

	public long id() {
		return this.person.id();
	}

	public boolean isObserver() {
		return "OBSERVER".equals(this.affiliationKind);
	}

}
