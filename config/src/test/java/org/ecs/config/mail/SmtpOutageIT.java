package org.ecs.config.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.ecs.config.EcsIntegrationTest;
import org.ecs.core.contribution.WebContributions;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.discussion.NewDiscussion;
import org.ecs.core.discussion.ReviewPolicy;
import org.ecs.core.discussion.SubjectKind;
import org.ecs.core.notification.DeliveryRecord;
import org.ecs.core.notification.DeliveryStatus;
import org.ecs.core.notification.Notification;
import org.ecs.core.notification.Notifications;
import org.ecs.core.notification.WebInbox;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.NewParticipant;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.participant.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SMTP server goes away while a notification is due: the delivery shows as waiting to
 * retry (which attempt, when next) while the broker retries it with back-off, and goes
 * out once the server is back; nothing is lost.
 */
@EcsIntegrationTest
class SmtpOutageIT {

	@Autowired
	GreenMail mailSandbox;

	@Autowired
	ParticipantDirectory participants;

	@Autowired
	Discussions discussions;

	@Autowired
	WebContributions web;

	@Autowired
	WebInbox inbox;

	@Autowired
	Notifications notifications;

	@Test
	void shouldSendTheNotificationOnceTheMailServerIsBack() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Participant author = person("outage-author-" + tag);
		Participant reader = person("outage-reader-" + tag);
		Instant now = Instant.now();
		Discussion d = this.discussions.create(new NewDiscussion("Outage " + tag, SubjectKind.TOPIC, null, "",
				author.id(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)), ReviewPolicy.NONE,
				Set.of(author.id(), reader.id())), author.id());
		SmtpServer smtp = this.mailSandbox.getSmtp();
		ServerSetup setup = smtp.getServerSetup();
		smtp.stopService();
		SmtpServer restarted = null;
		try {
			this.web.post(author, d.id(), "Sent while the mail server is down " + tag, null);
			await().until(() -> !this.inbox.latest(reader.id(), 5).isEmpty());
			Notification n = this.inbox.latest(reader.id(), 5).get(0);
			await().atMost(Duration.ofSeconds(30)).until(() -> email(n).attempts() >= 2);
			// still being retried by the broker: waiting, not failed, and when next
			DeliveryRecord waiting = email(n);
			assertThat(waiting.status()).isEqualTo(DeliveryStatus.RETRYING);
			assertThat(waiting.lastError()).isNotBlank();
			assertThat(waiting.nextAttemptAt()).isAfter(waiting.updatedAt());
			assertThat(this.notifications.summary(n.sourceKey()).line()).contains("email: 1 waiting to retry");
			assertThat(this.notifications.summary(n.sourceKey()).failures()).anySatisfy((f) -> assertThat(f.line())
				.startsWith("email to outage-reader-" + tag + " waiting to retry (attempt ")
				.contains(", next at "));

			restarted = new SmtpServer(setup, this.mailSandbox.getManagers());
			restarted.startService();
			await().atMost(Duration.ofSeconds(60)).until(() -> email(n).status() == DeliveryStatus.SENT);
			assertThat(List.of(this.mailSandbox.getReceivedMessagesForDomain(reader.email())))
				.anyMatch(m -> subject(m).contains("Outage " + tag));
		}
		finally {
			if (restarted == null) {
				restarted = new SmtpServer(setup, this.mailSandbox.getManagers());
				restarted.startService();
			}
		}
	}

	private DeliveryRecord email(Notification n) {
		return this.notifications.delivery(n.id(), Channel.EMAIL).orElseThrow();
	}

	private static String subject(jakarta.mail.internet.MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			return "";
		}
	}

	private Participant person(String username) {
		return this.participants.add(new NewParticipant(username, username, username + "@example.org", null, null, "en",
				Level.FULL, EnumSet.of(Role.PARTICIPANT), EnumSet.of(Channel.WEB, Channel.EMAIL), "secret"));
	}

}
