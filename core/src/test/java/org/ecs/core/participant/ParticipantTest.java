package org.ecs.core.participant;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipantTest {

	static Participant person(Level level, Set<Role> roles, boolean active) {
		return new Participant(1, "u", "U", "u@example.org", null, "AUT", "en", level, roles, EnumSet.of(Channel.WEB),
				active);
	}

	@Test
	void shouldLetOnlyActiveFullParticipantsPost() {
		assertThat(person(Level.FULL, EnumSet.of(Role.PARTICIPANT), true).mayPost()).isTrue();
		assertThat(person(Level.MONITORING, EnumSet.of(Role.PARTICIPANT), true).mayPost()).isFalse();
		assertThat(person(Level.FULL, EnumSet.of(Role.PARTICIPANT), false).mayPost()).isFalse();
	}

	@Test
	void shouldCountCoordinatorsSecretariatAndAdministratorsAsReviewers() {
		assertThat(person(Level.FULL, EnumSet.of(Role.COORDINATOR), true).reviews()).isTrue();
		assertThat(person(Level.FULL, EnumSet.of(Role.SECRETARIAT), true).reviews()).isTrue();
		assertThat(person(Level.FULL, EnumSet.of(Role.ADMINISTRATOR), true).reviews()).isTrue();
		assertThat(person(Level.FULL, EnumSet.of(Role.PARTICIPANT, Role.FOCAL_POINT), true).reviews()).isFalse();
	}

}
