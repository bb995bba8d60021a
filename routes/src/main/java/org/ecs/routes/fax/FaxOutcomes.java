package org.ecs.routes.fax;

import org.ecs.core.notification.DeliveryStatus;
import org.ecs.gateways.fax.FaxDeliveryReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Records what became of each bridge mail, next to the key that keeps it from coming
 * twice, and applies delivery reports to the fax's delivery status.
 */
@Component
@ConditionalOnProperty(name = "ecs.fax.enabled", havingValue = "true", matchIfMissing = true)
class FaxOutcomes {

	private static final Logger log = LoggerFactory.getLogger(FaxOutcomes.class);

	private final FaxMails mails;

	private final FaxDeliveries deliveries;

	FaxOutcomes(FaxMails mails, FaxDeliveries deliveries) {
		this.mails = mails;
		this.deliveries = deliveries;
	}

	FaxMails.FaxOutcome submitted(FaxIntake fax) {
		String detail = fax.fax().format() + " fax, " + fax.pages().size() + " page(s), routed by " + fax.routedBy();
		if (fax.facts().containsKey(FaxRecognition.UNAVAILABLE)) {
			detail += "; " + fax.facts().get(FaxRecognition.UNAVAILABLE);
		}
		log.info("Fax {} from {} ({} page(s)) routed by {} to discussion {} / participant {}: contribution {}",
				fax.received().mailKey(), fax.fax().senderRaw(), fax.pages().size(), fax.routedBy(),
				(fax.discussion() != null) ? fax.discussion().id() : "?",
				(fax.author() != null) ? fax.author().id() : "?", fax.contributionId());
		return record(new FaxMails.FaxOutcome(fax.received().mailKey(), fax.received().originalKey(), "FAX",
				fax.fax().senderNumber().orElse(null), fax.routedBy(), fax.contributionId(), detail));
	}

	FaxMails.FaxOutcome report(BridgeMail.DeliveryReport mail) {
		FaxDeliveryReport report = mail.report();
		String detail = report.format() + " report: " + report.outcome()
				+ report.reason().map((r) -> " (" + r + ")").orElse("");
		Long notificationId = report.notificationId().flatMap(FaxOutcomes::parse).orElse(null);
		if (notificationId == null) {
			detail += "; names no notification of ours";
		}
		else {
			DeliveryStatus status = (report.outcome() == FaxDeliveryReport.Outcome.DELIVERED) ? DeliveryStatus.DELIVERED
					: DeliveryStatus.FAILED;
			int updated = this.deliveries.reported(notificationId, status,
					(status == DeliveryStatus.FAILED) ? report.reason().orElse("the gateway gave up") : null);
			detail += "; notification " + notificationId + ((updated == 1) ? " updated" : " already final or unknown");
		}
		return record(new FaxMails.FaxOutcome(mail.received().mailKey(), mail.received().originalKey(),
				"DELIVERY_REPORT", report.number().orElse(null), null, null, detail));
	}

	FaxMails.FaxOutcome unrecognised(BridgeMail.Unrecognised mail) {
		return record(new FaxMails.FaxOutcome(mail.received().mailKey(), mail.received().originalKey(), "UNRECOGNISED",
				null, null, null, mail.reason()));
	}

	private FaxMails.FaxOutcome record(FaxMails.FaxOutcome outcome) {
		this.mails.record(outcome);
		return outcome;
	}

	private static java.util.Optional<Long> parse(String id) {
		try {
			return java.util.Optional.of(Long.parseLong(id));
		}
		catch (NumberFormatException ex) {
			return java.util.Optional.empty();
		}
	}

}
