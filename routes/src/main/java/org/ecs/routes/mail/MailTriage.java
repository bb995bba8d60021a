package org.ecs.routes.mail;

import java.util.Optional;
import java.util.OptionalLong;

import org.ecs.core.notification.Notification;
import org.ecs.core.notification.Notifications;
import org.ecs.core.participant.Channel;
import org.ecs.gateways.mail.AutoMailClassifier;
import org.ecs.gateways.mail.DeliveryReport;
import org.ecs.gateways.mail.MailClassification;
import org.ecs.gateways.mail.MailKind;
import org.ecs.gateways.mail.MessageIds;
import org.ecs.gateways.mail.ReplyToken;
import org.springframework.stereotype.Component;

/**
 * Tells people from machines. Only people's mail goes on; a bounce marks the delivery of
 * the notification it names (by the VERP token it was sent back to, else by the returned
 * Message-ID) as bounced; auto-replies and our own mail stop here, unanswered.
 */
@Component
class MailTriage {

	private final AutoMailClassifier classifier;

	private final MailTokens tokens;

	private final Notifications notifications;

	private final MessageIds messageIds;

	MailTriage(AutoMailClassifier classifier, MailTokens tokens, Notifications notifications, MessageIds messageIds) {
		this.classifier = classifier;
		this.tokens = tokens;
		this.notifications = notifications;
		this.messageIds = messageIds;
	}

	IntakeMail classify(IntakeMail m) {
		MailClassification c = this.classifier.classify(m.mail());
		if (c.kind() != MailKind.BOUNCE) {
			return m.classified(c, c.reason());
		}
		Optional<Notification> bounced = bouncedNotification(m, c.report());
		if (bounced.isEmpty()) {
			return m.classified(c, c.reason() + "; names no notification of ours");
		}
		Notification n = bounced.get();
		this.notifications.markBounced(n.id(), Channel.EMAIL, describe(c));
		return m.classified(c, c.reason() + "; notification " + n.id() + " bounced");
	}

	private Optional<Notification> bouncedNotification(IntakeMail m, DeliveryReport report) {
		Optional<ReplyToken.Verification> verp = this.tokens.bounce(m.mail().allRecipients());
		if (verp.isPresent() && verp.get().claims() != null) {
			// an expired token still names the notification: the bounce is late, not
			// forged
			ReplyToken.Claims claims = verp.get().claims();
			return this.notifications.find(claims.subjectId()).filter((n) -> n.recipientId() == claims.recipientId());
		}
		if (report != null) {
			// only an id whose MAC verifies: anyone can write a bounce naming n-104
			OptionalLong id = this.messageIds.notificationOf(report.originalMessageId());
			if (id.isPresent()) {
				return this.notifications.find(id.getAsLong());
			}
		}
		return Optional.empty();
	}

	private static String describe(MailClassification c) {
		DeliveryReport report = c.report();
		if (report == null || report.recipients().isEmpty()) {
			return c.reason();
		}
		DeliveryReport.Recipient r = report.recipients().get(0);
		String text = (r.status() + " " + r.diagnosticCode()).strip();
		return text.isEmpty() ? c.reason() : text;
	}

}
