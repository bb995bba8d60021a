package org.ecs.web.invitation;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.ecs.core.participant.PasswordResets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * "Forgot your password?" requests are looked up and answered on one background thread,
 * not the request's: the page answers at once and in the same time whether an account
 * matches (a link is written and mailed) or not (nothing is), so its timing tells no one
 * which addresses have accounts. At most {@link #WAITING} requests wait; past that a
 * request is dropped with a warning (the person asks again), never the page.
 */
@Component
class ResetRequests implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ResetRequests.class);

	static final int WAITING = 1_000;

	private final BiConsumer<String, String> work;

	private final ThreadPoolExecutor worker;

	@Autowired
	ResetRequests(PasswordResets resets) {
		this(resets::request, WAITING);
	}

	ResetRequests(BiConsumer<String, String> work, int waiting) {
		this.work = work;
		this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(waiting), (r) -> {
			Thread t = new Thread(r, "ecs-password-reset-requests");
			t.setDaemon(true);
			return t;
		});
	}

	/** Hands the request on and returns at once. */
	void submit(String nameOrEmail, String clientAddress) {
		try {
			this.worker.execute(() -> handle(nameOrEmail, clientAddress));
		}
		catch (RejectedExecutionException ex) {
			log.warn("{} password reset requests are waiting; dropped one from {}", WAITING, clientAddress);
		}
	}

	private void handle(String nameOrEmail, String clientAddress) {
		try {
			this.work.accept(nameOrEmail, clientAddress);
		}
		catch (RuntimeException ex) {
			log.warn("A password reset request from {} failed: {}", clientAddress, ex.toString());
		}
	}

	@Override
	public void destroy() {
		this.worker.shutdownNow();
	}

}
