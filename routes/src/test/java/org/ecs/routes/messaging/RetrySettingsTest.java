package org.ecs.routes.messaging;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetrySettingsTest {

	final Instant failed = Instant.parse("2026-12-02T12:00:00Z");

	@Test
	void shouldDoubleTheWaitUpToItsCapAsTheBrokerDoes() {
		RetrySettings.Policy outbound = RetrySettings.defaults().outbound();

		assertThat(outbound.nextAttempt(1, this.failed)).isEqualTo(this.failed.plusMillis(500));
		assertThat(outbound.nextAttempt(3, this.failed)).isEqualTo(this.failed.plusSeconds(2));
		assertThat(outbound.nextAttempt(20, this.failed)).isEqualTo(this.failed.plus(Duration.ofMinutes(5)));
		assertThat(outbound.isLast(24)).isFalse();
		assertThat(outbound.isLast(25)).isTrue();
	}

	@Test
	void shouldKeepTheDefaultsOfWhatIsNotSet() {
		RetrySettings settings = new RetrySettings(new RetrySettings.Policy(3, null, null, null), null);

		assertThat(settings.pipeline().maxAttempts()).isEqualTo(3);
		assertThat(settings.pipeline().maxDelay()).isEqualTo(Duration.ofSeconds(30));
		assertThat(settings.outbound().maxAttempts()).isEqualTo(25);
	}

}
