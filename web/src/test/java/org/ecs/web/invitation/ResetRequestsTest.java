package org.ecs.web.invitation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResetRequestsTest {

	final CountDownLatch open = new CountDownLatch(1);

	final List<String> handled = new CopyOnWriteArrayList<>();

	final CountDownLatch done = new CountDownLatch(2);

	ResetRequests requests;

	@AfterEach
	void stop() {
		this.requests.destroy();
	}

	ResetRequests blockedUntilOpen(int waiting) {
		return new ResetRequests((who, address) -> {
			try {
				this.open.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			if (who.equals("fails")) {
				throw new IllegalStateException("database away");
			}
			this.handled.add(who + " from " + address);
			this.done.countDown();
		}, waiting);
	}

	@Test
	void shouldAnswerBeforeTheAccountIsLookedUpWhenAsked() throws Exception {
		this.requests = blockedUntilOpen(10);
		this.requests.submit("rita@example.at", "10.0.0.1");
		this.requests.submit("nobody@example.org", "10.0.0.2");
		assertThat(this.handled).as("the callers were answered while the look-up still waits").isEmpty();
		this.open.countDown();
		assertThat(this.done.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.handled).containsExactly("rita@example.at from 10.0.0.1", "nobody@example.org from 10.0.0.2");
	}

	@Test
	void shouldDropRequestsPastTheQueueWithoutFailingTheCallerWhenFlooded() throws Exception {
		this.requests = blockedUntilOpen(1);
		// one running, one waiting; the rest are dropped, the caller never sees an error
		for (int i = 0; i < 5; i++) {
			this.requests.submit("flood-" + i, "10.0.0.9");
		}
		this.open.countDown();
		assertThat(this.done.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.handled).hasSize(2).allMatch((h) -> h.startsWith("flood-"));
	}

	@Test
	void shouldKeepHandlingRequestsAfterOneFailedWhenTheDatabaseWasAway() throws Exception {
		this.requests = blockedUntilOpen(10);
		this.requests.submit("fails", "10.0.0.1");
		this.requests.submit("rita", "10.0.0.1");
		this.requests.submit("rita-again", "10.0.0.1");
		this.open.countDown();
		assertThat(this.done.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.handled).containsExactly("rita from 10.0.0.1", "rita-again from 10.0.0.1");
	}

}
