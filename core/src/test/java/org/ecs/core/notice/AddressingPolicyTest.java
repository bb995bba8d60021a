package org.ecs.core.notice;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddressingPolicyTest {

	private static final Participant EXPERT = participant(1, "AUT", Level.FULL, Role.PARTICIPANT);

	private static final Participant MONITOR = participant(2, "JPN", Level.MONITORING, Role.PARTICIPANT);

	private static final Participant COORDINATOR = participant(3, "PTS", Level.FULL, Role.COORDINATOR);

	private static final Participant SECRETARIAT = participant(4, "PTS", Level.FULL, Role.SECRETARIAT);

	private static final Participant FOCAL_POINT = participant(5, "AUT", Level.FULL, Role.FOCAL_POINT);

	@Test
	void shouldLetAnyFullParticipantWriteToAPerson() {
		assertThat(AddressingPolicy.refusal(EXPERT, Addressee.person(9), Optional.empty())).isEmpty();
	}

	@Test
	void shouldRefuseMonitoringParticipantsEvenToAPerson() {
		assertThat(AddressingPolicy.refusal(MONITOR, Addressee.person(1), Optional.empty())).get()
			.asString()
			.contains("Monitoring");
	}

	@Test
	void shouldLetOnlyItsCoordinatorOrTheSecretariatWriteToADiscussionsAudience() {
		Addressee audience = Addressee.discussion(42);
		assertThat(AddressingPolicy.refusal(COORDINATOR, audience, Optional.of(COORDINATOR.id()))).isEmpty();
		assertThat(AddressingPolicy.refusal(SECRETARIAT, audience, Optional.of(COORDINATOR.id()))).isEmpty();
		assertThat(AddressingPolicy.refusal(EXPERT, audience, Optional.of(COORDINATOR.id()))).isPresent();
		assertThat(AddressingPolicy.refusal(SECRETARIAT, audience, Optional.empty())).get()
			.asString()
			.contains("no discussion 42");
	}

	@Test
	void shouldLetAFocalPointWriteToTheirOwnStateOnly() {
		assertThat(AddressingPolicy.refusal(FOCAL_POINT, Addressee.state("AUT"), Optional.empty())).isEmpty();
		assertThat(AddressingPolicy.refusal(FOCAL_POINT, Addressee.state("KEN"), Optional.empty())).isPresent();
		assertThat(AddressingPolicy.refusal(EXPERT, Addressee.state("AUT"), Optional.empty())).isPresent();
		assertThat(AddressingPolicy.refusal(SECRETARIAT, Addressee.state("KEN"), Optional.empty())).isEmpty();
	}

	@Test
	void shouldLeaveRolesAndEveryoneToTheSecretariat() {
		assertThat(AddressingPolicy.refusal(SECRETARIAT, Addressee.everyone(), Optional.empty())).isEmpty();
		assertThat(AddressingPolicy.refusal(SECRETARIAT, Addressee.role(Role.COORDINATOR), Optional.empty())).isEmpty();
		assertThat(AddressingPolicy.refusal(COORDINATOR, Addressee.everyone(), Optional.empty())).isPresent();
		assertThat(AddressingPolicy.refusal(FOCAL_POINT, Addressee.role(Role.PARTICIPANT), Optional.empty()))
			.isPresent();
	}

	private static Participant participant(long id, String state, Level level, Role role) {
		return new Participant(id, "u" + id, "User " + id, null, null, state, "en", level, Set.of(role),
				EnumSet.of(Channel.WEB), true);
	}

}
