package org.ecs.routes.mail;

import java.time.Clock;
import java.time.Instant;

import org.ecs.core.blob.BlobStore;
import org.ecs.gateways.mail.InboundMail;
import org.ecs.gateways.mail.MimeMailParser;
import org.springframework.stereotype.Component;

/**
 * Reads the kept original. It counts as received when the mailbox received it (a sender's
 * Date header can be set to anything, so it only stands in when the arrival is unknown),
 * and never later than now.
 */
@Component
class MailParsing {

	private final BlobStore blobs;

	private final MimeMailParser parser;

	private final Clock clock;

	MailParsing(BlobStore blobs, MimeMailParser parser, Clock clock) {
		this.blobs = blobs;
		this.parser = parser;
		this.clock = clock;
	}

	IntakeMail parse(ReceivedMail received) {
		byte[] raw = this.blobs.get(received.originalKey())
			.orElseThrow(() -> new IllegalStateException("The original of " + received.mailKey() + " is missing"));
		InboundMail mail = this.parser.parse(raw);
		Instant now = this.clock.instant();
		Instant at = (received.arrivedAt() != null) ? received.arrivedAt() : mail.date();
		if (at == null || at.isAfter(now)) {
			at = now;
		}
		return IntakeMail.of(received, mail, at);
	}

}
