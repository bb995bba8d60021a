package org.ecs.web.participant;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.ecs.core.participant.Level;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantProfile;
import org.ecs.core.participant.ParticipantRights;
import org.ecs.core.participant.ParticipantStatus;
import org.ecs.core.participant.Role;

/**
 * A participant as the viewer may see them, for the directory page and the API: names,
 * State, level, roles, status and expertise for everyone; email, fax and phone only where
 * the policy lets the viewer reach them ({@link ParticipantRights#seesContacts}).
 */
public record ParticipantView(long id, String username, String name, String title, String state, String stateName,
		String affiliation, Level level, Set<Role> roles, ParticipantStatus status, String statusReason,
		Instant statusChangedAt, List<String> languages, List<String> expertise, String timeZone, boolean contactsShown,
		String email, String fax, String phone, String nominatingAuthority, String nominatedBy, Instant approvedAt,
		Instant createdAt) {

	public static ParticipantView of(ParticipantProfile p, Participant viewer) {
		Participant person = p.person();
		boolean contacts = ParticipantRights.seesContacts(viewer, person);
		return new ParticipantView(p.id(), person.username(), person.displayName(), p.title(), person.stateCode(),
				p.stateName(), p.affiliationKind(), person.level(), person.roles(), p.status(),
				contacts ? p.statusReason() : null, p.statusChangedAt(), p.languages(), p.expertise(), p.timeZone(),
				contacts, contacts ? person.email() : null, contacts ? person.faxNumber() : null,
				contacts ? p.phone() : null, p.nominatingAuthority(), p.nominatedByName(), p.approvedAt(),
				p.createdAt());
	}

}
