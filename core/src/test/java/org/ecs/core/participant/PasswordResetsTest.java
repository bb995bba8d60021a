package org.ecs.core.participant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordResetsTest {

	@Test
	void shouldSendALinkWhenTheAccountIsActiveWithAnEmailAddressAndUnderTheHourlyLimit() {
		assertThat(PasswordResets.refusal(ParticipantStatus.ACTIVE, "rita@example.at", 0)).isEmpty();
		assertThat(PasswordResets.refusal(ParticipantStatus.ACTIVE, "rita@example.at", PasswordResets.PER_HOUR - 1))
			.isEmpty();
	}

	@Test
	void shouldSendNothingWhenTheAccountIsNotActive() {
		for (ParticipantStatus status : ParticipantStatus.values()) {
			if (status != ParticipantStatus.ACTIVE) {
				assertThat(PasswordResets.refusal(status, "rita@example.at", 0)).as(status.name())
					.hasValueSatisfying((why) -> assertThat(why).startsWith("account "));
			}
		}
	}

	@Test
	void shouldSendNothingWhenThePersonHasNoEmailAddress() {
		assertThat(PasswordResets.refusal(ParticipantStatus.ACTIVE, null, 0)).contains("no email address (fax only)");
		assertThat(PasswordResets.refusal(ParticipantStatus.ACTIVE, " ", 0)).contains("no email address (fax only)");
	}

	@Test
	void shouldSendNothingWhenThreeLinksWentOutInTheLastHour() {
		assertThat(PasswordResets.refusal(ParticipantStatus.ACTIVE, "rita@example.at", PasswordResets.PER_HOUR))
			.hasValueSatisfying((why) -> assertThat(why).startsWith("throttled"));
	}

}
