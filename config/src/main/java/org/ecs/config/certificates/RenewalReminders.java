package org.ecs.config.certificates;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.ecs.core.security.CertificateRenewals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reminds participants of certificates that run out soon: once ECS is up, then every
 * {@code ecs.certificates.renewal-check} (6 hours by default); the notice period is
 * {@code ecs.certificates.renewal-notice} (30 days).
 */
@Component
class RenewalReminders implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RenewalReminders.class);

	private final CertificateRenewals renewals;

	private final CertificateSettings settings;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((r) -> {
		Thread t = new Thread(r, "ecs-renewal-reminders");
		t.setDaemon(true);
		return t;
	});

	RenewalReminders(CertificateRenewals renewals, CertificateSettings settings) {
		this.renewals = renewals;
		this.settings = settings;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		long period = this.settings.renewalCheck().toMillis();
		this.timer.scheduleWithFixedDelay(this::remindQuietly, 0, period, TimeUnit.MILLISECONDS);
	}

	/** One pass: who must hear of it now is told. */
	int remind() {
		return this.renewals.remind(this.settings.renewalNotice());
	}

	/** A pass that fails (the database away) is tried again at the next one. */
	private void remindQuietly() {
		try {
			remind();
		}
		catch (RuntimeException ex) {
			log.warn("Could not send certificate renewal reminders: {}", ex.toString());
		}
	}

	@Override
	public void destroy() {
		this.timer.shutdownNow();
	}

}
