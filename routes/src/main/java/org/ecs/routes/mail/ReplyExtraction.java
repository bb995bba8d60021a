package org.ecs.routes.mail;

import org.ecs.gateways.mail.ReplyTrimmer;
import org.springframework.stereotype.Component;

/**
 * Keeps what the author wrote and sets aside the quoted notification, forwarded history
 * and signature; the remainder stays with the contribution for the coordinator.
 */
@Component
class ReplyExtraction {

	private final ReplyTrimmer trimmer;

	ReplyExtraction(ReplyTrimmer trimmer) {
		this.trimmer = trimmer;
	}

	IntakeMail trim(IntakeMail m) {
		if (m.isRefused()) {
			return m;
		}
		return m.trimmed(this.trimmer.trim(m.mail()));
	}

}
