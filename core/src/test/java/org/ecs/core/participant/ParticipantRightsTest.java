package org.ecs.core.participant;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipantRightsTest {

	static Participant person(long id, String state, Role... roles) {
		Set<Role> all = EnumSet.of(Role.PARTICIPANT, roles);
		return new Participant(id, "u" + id, "U" + id, null, null, state, "en", Level.FULL, all,
				EnumSet.of(Channel.WEB), true);
	}

	static final Participant FOCAL_AUT = person(1, "AUT", Role.FOCAL_POINT);

	static final Participant EXPERT_AUT = person(2, "AUT");

	static final Participant EXPERT_BRA = person(3, "BRA");

	static final Participant SECRETARIAT = person(4, "PTS", Role.SECRETARIAT);

	static final Participant ADMIN = person(5, "PTS", Role.ADMINISTRATOR);

	static final Participant COORDINATOR = person(6, "PTS", Role.COORDINATOR);

	@Test
	void shouldLetAFocalPointNominateAndGovernTheirOwnStateOnly() {
		assertThat(ParticipantRights.nominate(FOCAL_AUT, "AUT")).isEmpty();
		assertThat(ParticipantRights.nominate(FOCAL_AUT, "BRA"))
			.hasValueSatisfying((why) -> assertThat(why.key()).isEqualTo("problem.rights.nominate-own"));
		assertThat(ParticipantRights.nominate(EXPERT_AUT, "AUT")).isPresent();
		assertThat(ParticipantRights.nominate(SECRETARIAT, "BRA")).isEmpty();
		assertThat(ParticipantRights.govern(FOCAL_AUT, EXPERT_AUT)).isEmpty();
		assertThat(ParticipantRights.govern(FOCAL_AUT, EXPERT_BRA)).isPresent();
		assertThat(ParticipantRights.govern(COORDINATOR, EXPERT_BRA)).isPresent();
		assertThat(ParticipantRights.seeNominations(FOCAL_AUT, null)).as("all States' nominations").isPresent();
		assertThat(ParticipantRights.seeNominations(FOCAL_AUT, "AUT")).isEmpty();
	}

	@Test
	void shouldLeaveDecisionsToTheSecretariatAndRolesToAdministrators() {
		for (Participant p : List.of(FOCAL_AUT, EXPERT_AUT, COORDINATOR)) {
			assertThat(ParticipantRights.decide(p)).isPresent();
			assertThat(ParticipantRights.administer(p)).isPresent();
		}
		assertThat(ParticipantRights.decide(SECRETARIAT)).isEmpty();
		assertThat(ParticipantRights.decide(ADMIN)).isEmpty();
		assertThat(ParticipantRights.changeRoles(SECRETARIAT)).isPresent();
		assertThat(ParticipantRights.changeRoles(ADMIN)).isEmpty();
	}

	@Test
	void shouldShowContactDetailsOnlyToThoseWhoReachPeople() {
		assertThat(ParticipantRights.seesContacts(EXPERT_BRA, EXPERT_AUT)).isFalse();
		assertThat(ParticipantRights.seesContacts(EXPERT_AUT, EXPERT_AUT)).isTrue();
		assertThat(ParticipantRights.seesContacts(FOCAL_AUT, EXPERT_AUT)).isTrue();
		assertThat(ParticipantRights.seesContacts(FOCAL_AUT, EXPERT_BRA)).isFalse();
		assertThat(ParticipantRights.seesContacts(COORDINATOR, EXPERT_BRA)).isTrue();
		assertThat(ParticipantRights.seesInactive(COORDINATOR, EXPERT_BRA)).isFalse();
		assertThat(ParticipantRights.seesInactive(SECRETARIAT, EXPERT_BRA)).isTrue();
	}

	@Test
	void shouldMoveStatusesOnlyAlongTheAllowedPaths() {
		assertThat(ParticipantStatus.NOMINATED.mayBecome(ParticipantStatus.ACTIVE)).isFalse();
		assertThat(ParticipantStatus.APPROVED.mayBecome(ParticipantStatus.ACTIVE)).isTrue();
		assertThat(ParticipantStatus.WITHDRAWN.next()).isEmpty();
		assertThat(ParticipantStatus.SUSPENDED.mayBecome(ParticipantStatus.ACTIVE)).isTrue();
		assertThat(ParticipantStatus.WITHDRAWN.holdsAPlace()).isFalse();
	}

	@Test
	void shouldTidyANomineeAndNameEachProblemsField() {
		Nominee n = new Nominee("  Ana  ", null, null, "+43 (1) 260-30", null, "aut", Level.FULL, null,
				List.of(" EN", "fr", "en"), List.of("Seismology ", " "), null, null);
		assertThat(n.faxNumber()).isEqualTo("+4312603" + "0");
		assertThat(n.stateCode()).isEqualTo("AUT");
		assertThat(n.languages()).containsExactly("en", "fr");
		assertThat(n.expertise()).containsExactly("seismology");
		assertThat(n.channels()).containsExactly(Channel.WEB, Channel.FAX);
		assertThat(n.problems()).isEmpty();
		Nominee bad = new Nominee(null, null, "not-an-address", "12345", null, null, null, "de", List.of("english"),
				List.of("<script>"), "Mars/Base", "A");
		assertThat(bad.problems()).anyMatch((p) -> p.startsWith("name:"))
			.anyMatch((p) -> p.startsWith("email:"))
			.anyMatch((p) -> p.startsWith("fax:"))
			.anyMatch((p) -> p.startsWith("level:"))
			.anyMatch((p) -> p.startsWith("language:"))
			.anyMatch((p) -> p.startsWith("languages:"))
			.anyMatch((p) -> p.startsWith("expertise:"))
			.anyMatch((p) -> p.startsWith("timeZone:"))
			.anyMatch((p) -> p.startsWith("username:"));
	}

}
