package org.ecs.routes.messaging;

import java.time.Duration;

/**
 * How long a loop that talks to the broker waits before trying again after a failure: 200
 * ms, doubled after each failure in a row up to 10 s, 200 ms again once it worked.
 */
final class BackOff {

	static final Duration FIRST = Duration.ofMillis(200);

	static final Duration MOST = Duration.ofSeconds(10);

	private Duration next = FIRST;

	/** The wait before the next try; the one after a further failure is twice as long. */
	Duration failed() {
		Duration wait = this.next;
		this.next = wait.multipliedBy(2).compareTo(MOST) > 0 ? MOST : wait.multipliedBy(2);
		return wait;
	}

	/** The broker answered: the next failure waits the first wait again. */
	void worked() {
		this.next = FIRST;
	}

	/**
	 * Waits, unless the thread is interrupted meanwhile.
	 * @return false when interrupted (the thread's interrupt flag is set again)
	 */
	static boolean sleep(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
