package org.ecs.routes.mail;

import java.util.List;

import org.ecs.core.notification.Notifications;
import org.ecs.gateways.mail.ReplyTrimmer;
import org.springframework.stereotype.Component;

/**
 * Keeps what the author wrote and sets aside the quoted notification, forwarded history
 * and signature; the remainder stays with the contribution for the coordinator. What ECS
 * emailed the author about the discussion is handed to the trimmer, so a copy of it is
 * recognised wherever and however the author's client quoted it.
 */
@Component
class ReplyExtraction {

	/** The notifications of one discussion a reply is compared with, newest first. */
	static final int SENT_TEXTS = 50;

	private final ReplyTrimmer trimmer;

	private final Notifications notifications;

	ReplyExtraction(ReplyTrimmer trimmer, Notifications notifications) {
		this.trimmer = trimmer;
		this.notifications = notifications;
	}

	IntakeMail trim(IntakeMail m) {
		if (m.isRefused()) {
			return m;
		}
		List<String> sent = (m.author() != null && m.discussion() != null)
				? this.notifications.sentTexts(m.author().id(), m.discussion().id(), SENT_TEXTS) : List.of();
		return m.trimmed(this.trimmer.trim(m.mail(), sent));
	}

}
