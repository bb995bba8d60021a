package org.ecs.routes.fax;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.ecs.core.blob.BlobStore;
import org.ecs.gateways.fax.FaxBridgeMail;
import org.ecs.gateways.fax.FaxDeliveryReport;
import org.ecs.gateways.fax.FaxDeliveryReportParser;
import org.ecs.gateways.fax.ReceivedFax;
import org.ecs.gateways.fax.ReceivedFaxParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Reads a kept bridge mail: a received fax, a delivery report, or neither. A report that
 * names one of our notifications wins over the fax formats, since gateways often quote
 * the fax they report on, PDF and all. A mail that cannot even be parsed as MIME is
 * unrecognised too: it never stops the intake.
 */
@Component
@ConditionalOnProperty(name = "ecs.fax.enabled", havingValue = "true", matchIfMissing = true)
class FaxTriage {

	private static final Logger log = LoggerFactory.getLogger(FaxTriage.class);

	private final BlobStore blobs;

	private final ReceivedFaxParser faxes;

	private final FaxDeliveryReportParser reports;

	FaxTriage(BlobStore blobs, ReceivedFaxParser faxes, FaxDeliveryReportParser reports) {
		this.blobs = blobs;
		this.faxes = faxes;
		this.reports = reports;
	}

	BridgeMail read(ReceivedFaxMail received) {
		byte[] raw = this.blobs.get(received.originalKey())
			.orElseThrow(() -> new IllegalStateException("The original of " + received.mailKey() + " is missing"));
		FaxBridgeMail mail;
		try {
			mail = FaxBridgeMail.of(new MimeMessage(FaxConfiguration.COMPOSING, new ByteArrayInputStream(raw)));
		}
		catch (MessagingException | java.io.IOException | RuntimeException ex) {
			return unrecognised(received, "not a readable mail: " + ex.getMessage());
		}
		Optional<FaxDeliveryReport> report = this.reports.parse(mail).found();
		if (report.isPresent() && report.get().notificationId().isPresent()) {
			return new BridgeMail.DeliveryReport(received, report.get());
		}
		var fax = this.faxes.parse(mail);
		Optional<ReceivedFax> found = fax.found();
		if (found.isPresent()) {
			return new BridgeMail.Fax(received, found.get());
		}
		String reason = (fax instanceof org.ecs.gateways.fax.FaxParseResult.Unrecognised<ReceivedFax> u) ? u.reason()
				: "unrecognised";
		return unrecognised(received, reason);
	}

	private static BridgeMail unrecognised(ReceivedFaxMail received, String reason) {
		log.warn("Fax bridge mail {} (blob {}) is neither a fax nor a delivery report: {}", received.mailKey(),
				received.originalKey(), reason);
		return new BridgeMail.Unrecognised(received, reason);
	}

}
