package org.ecs.routes.outbound;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.notification.DeliveryStatus;
import org.ecs.core.notification.Notification;
import org.ecs.core.notification.Notifications;
import org.ecs.core.notification.OutboundDelivery;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The outbound.email stage: one notification email to one person. A delivery already sent
 * is not sent again (redelivery after a crash); a failure is recorded and rethrown so the
 * broker retries with back-off.
 */
@Component
public class EmailNotifier {

	private final Notifications notifications;

	private final ParticipantDirectory participants;

	private final Discussions discussions;

	private final JavaMailSender mail;

	private final MailSettings settings;

	public EmailNotifier(Notifications notifications, ParticipantDirectory participants, Discussions discussions,
			JavaMailSender mail, MailSettings settings) {
		this.notifications = notifications;
		this.participants = participants;
		this.discussions = discussions;
		this.mail = mail;
		this.settings = settings;
	}

	public void send(OutboundDelivery delivery) throws MessagingException {
		var status = this.notifications.delivery(delivery.notificationId(), Channel.EMAIL);
		if (status.isEmpty() || status.get().status() == DeliveryStatus.SENT
				|| status.get().status() == DeliveryStatus.BOUNCED) {
			return;
		}
		Notification n = this.notifications.find(delivery.notificationId()).orElseThrow();
		Participant to = this.participants.findById(delivery.recipientId()).orElseThrow();
		if (to.email() == null) {
			this.notifications.recordAttempt(n.id(), Channel.EMAIL, DeliveryStatus.FAILED, "no email address");
			return;
		}
		MimeMessage message = compose(n, to);
		try {
			this.mail.send(message);
		}
		catch (MailException ex) {
			this.notifications.recordAttempt(n.id(), Channel.EMAIL, DeliveryStatus.FAILED, ex.getMessage());
			throw ex;
		}
		this.notifications.recordAttempt(n.id(), Channel.EMAIL, DeliveryStatus.SENT, null);
	}

	private MimeMessage compose(Notification n, Participant to) throws MessagingException {
		MimeMessage m = this.mail.createMimeMessage();
		m.setFrom(new InternetAddress(this.settings.from()));
		m.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to.email(), false));
		m.setSubject(n.subject(), StandardCharsets.UTF_8.name());
		StringBuilder body = new StringBuilder(n.body()).append("\n\n");
		if (n.discussionId() != null) {
			Discussion d = this.discussions.findById(n.discussionId()).orElseThrow();
			body.append("Discussion: ").append(d.title()).append('\n');
			body.append("Deadline: ").append(d.deadline()).append('\n');
			body.append("Read and reply: ")
				.append(this.settings.baseUrl())
				.append("/discussions/")
				.append(d.id())
				.append('\n');
			String thread = "<d-" + d.id() + "@" + this.settings.domain() + ">";
			m.setHeader("In-Reply-To", thread);
			m.setHeader("References", thread);
		}
		m.setText(body.toString(), StandardCharsets.UTF_8.name());
		m.setHeader("Auto-Submitted", "auto-generated");
		m.setHeader("X-Auto-Response-Suppress", "All");
		m.saveChanges();
		// after saveChanges, which would otherwise mint its own id
		m.setHeader("Message-ID", "<n-" + n.id() + "@" + this.settings.domain() + ">");
		return m;
	}

}
