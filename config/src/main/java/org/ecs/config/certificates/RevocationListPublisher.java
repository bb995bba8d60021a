package org.ecs.config.certificates;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.ecs.core.security.CertificatesRevoked;
import org.ecs.core.security.ParticipantCertificates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the HTTPS connector's revocation list true: written from the database once ECS is
 * up, at once after every committed revocation (one certificate, or all of a suspended or
 * withdrawn participant's), and twice a day so that it never runs out of date; each time
 * the connector reloads its TLS configuration, so the next handshake with a revoked
 * certificate fails. Connections already open are refused by the application's own check
 * at their next request.
 */
@Component
@ConditionalOnProperty(name = "ecs.tls.enabled", havingValue = "true", matchIfMissing = true)
class RevocationListPublisher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RevocationListPublisher.class);

	private final RevocationList list;

	private final ParticipantCertificates certificates;

	private final HttpsConnector https;

	private final ScheduledExecutorService refresh = Executors.newSingleThreadScheduledExecutor((r) -> {
		Thread t = new Thread(r, "ecs-crl-refresh");
		t.setDaemon(true);
		return t;
	});

	RevocationListPublisher(RevocationList list, ParticipantCertificates certificates, HttpsConnector https) {
		this.list = list;
		this.certificates = certificates;
		this.https = https;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		publishQuietly();
		this.refresh.scheduleWithFixedDelay(this::publishQuietly, 12, 12, TimeUnit.HOURS);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void revoked(CertificatesRevoked event) {
		publishQuietly();
	}

	/** Writes the list from the database and has the connector read it. */
	synchronized void publish() {
		this.list.write(this.certificates.revocationList(this.list.nextUpdate()));
		this.https.reload();
		log.debug("Revocation list {} written and reloaded", this.list.file());
	}

	/** A list that cannot be written leaves the application's own check to refuse. */
	private void publishQuietly() {
		try {
			publish();
		}
		catch (RuntimeException ex) {
			log.warn("Could not refresh the revocation list {}: {}", this.list.file(), ex.toString());
		}
	}

	@Override
	public void destroy() {
		this.refresh.shutdownNow();
	}

}
