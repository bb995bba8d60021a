package org.ecs.routes.messaging;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackOffTest {

	@Test
	void shouldDoubleTheWaitAfterEachFailureUpToTenSeconds() {
		BackOff backOff = new BackOff();
		assertThat(backOff.failed()).isEqualTo(Duration.ofMillis(200));
		assertThat(backOff.failed()).isEqualTo(Duration.ofMillis(400));
		assertThat(backOff.failed()).isEqualTo(Duration.ofMillis(800));
		for (int i = 0; i < 5; i++) {
			backOff.failed();
		}
		assertThat(backOff.failed()).isEqualTo(Duration.ofSeconds(10));
		assertThat(backOff.failed()).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void shouldWaitTheFirstWaitAgainWhenTheBrokerWorkedInBetween() {
		BackOff backOff = new BackOff();
		backOff.failed();
		backOff.failed();
		backOff.worked();
		assertThat(backOff.failed()).isEqualTo(Duration.ofMillis(200));
	}

	@Test
	void shouldStopWaitingAndKeepTheInterruptWhenInterrupted() {
		Thread.currentThread().interrupt();
		try {
			assertThat(BackOff.sleep(Duration.ofSeconds(30))).isFalse();
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
		}
		finally {
			Thread.interrupted();
		}
	}

}
