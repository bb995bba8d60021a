package org.ecs.config.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.camel.CamelContext;
import org.ecs.config.EcsIntegrationTest;
import org.ecs.core.contribution.Contributions;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.discussion.NewDiscussion;
import org.ecs.core.discussion.ReviewPolicy;
import org.ecs.core.discussion.SubjectKind;
import org.ecs.core.mailbox.InboundMails;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.NewParticipant;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.participant.Role;
import org.ecs.core.review.ReviewInbox;
import org.ecs.core.review.ReviewItem;
import org.ecs.routes.mail.MailTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The ECS mailbox read over POP3: a real POP3 server (GreenMail, next to the sandbox,
 * which serves IMAP only) holds the replies, and ECS polls it with
 * {@code ecs.mailbox.protocol=pop3}. A reply ends in the review inbox as it does over
 * IMAP, leaves the mailbox, and a copy of it met after the poller restarted is only
 * removed. Its own context (the POP3 server's port is a setting), closed afterwards.
 */
@EcsIntegrationTest
@DirtiesContext
class Pop3IntakeIT {

	static final String MAILBOX = "ecs@ecs.localhost";

	static final String POLL_ROUTE = "mail-poll";

	@RegisterExtension
	static final GreenMailExtension pop3 = new GreenMailExtension(
			ServerSetup.dynamicPort(new ServerSetup[] { new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
					new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_POP3) }))
		.withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX, MAILBOX, MAILBOX))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void pop3Mailbox(DynamicPropertyRegistry settings) {
		settings.add("ecs.mailbox.protocol", () -> "pop3");
		settings.add("ecs.mailbox.host", () -> "127.0.0.1");
		settings.add("ecs.mailbox.port", () -> pop3.getPop3().getPort());
		settings.add("ecs.mailbox.delay", () -> "100ms");
	}

	@Autowired
	ParticipantDirectory participants;

	@Autowired
	Discussions discussions;

	@Autowired
	ReviewInbox review;

	@Autowired
	Contributions contributions;

	@Autowired
	InboundMails inboundMails;

	@Autowired
	MailTokens tokens;

	@Autowired
	CamelContext camel;

	@Test
	void shouldTurnRepliesReadOverPop3IntoPendingReviewItemsOnce() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Participant coordinator = person("coord-" + tag, Role.COORDINATOR);
		Participant author = person("author-" + tag, Role.PARTICIPANT);
		Discussion d = this.discussions.create(new NewDiscussion("POP3 draft " + tag, SubjectKind.TOPIC, null, "",
				coordinator.id(), Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(3)),
				ReviewPolicy.EMAIL_AND_FAX, Set.of(author.id())), coordinator.id());
		String replyTo = this.tokens.replyAddress(author.id(), d.id());
		MimeMessage first = reply(author.email(), replyTo, "We support the draft, read over POP3.");
		MimeMessage second = reply(author.email(), replyTo, "And a second thought on article 4.");

		String firstId = send(first);
		String secondId = send(second);

		await().until(() -> this.review.pending(coordinator, d.id()), (items) -> items.size() == 2);
		assertThat(this.review.pending(coordinator, d.id())).extracting(ReviewItem::text)
			.containsExactlyInAnyOrder("We support the draft, read over POP3.", "And a second thought on article 4.");
		assertThat(this.review.pending(coordinator, d.id())).allSatisfy((item) -> {
			assertThat(item.authorId()).isEqualTo(author.id());
			assertThat(item.channel()).isEqualTo(Channel.EMAIL);
			assertThat(item.originalKey()).matches("[0-9a-f]{64}");
		});
		await().until(() -> mailbox().isEmpty() && this.inboundMails.find(firstId).isPresent()
				&& this.inboundMails.find(secondId).isPresent());
		assertThat(this.inboundMails.find(firstId).orElseThrow().outcome()).isEqualTo("SUBMITTED");

		// the poller restarts (a new POP3 session, as another instance would open) and
		// meets the first reply again
		this.camel.getRouteController().stopRoute(POLL_ROUTE);
		send(first);
		assertThat(mailbox()).containsExactly(firstId);
		this.camel.getRouteController().startRoute(POLL_ROUTE);

		await().until(() -> mailbox().isEmpty());
		assertThat(this.contributions.byAuthorInDiscussion(author.id(), d.id())).hasSize(2);
		assertThat(this.review.pending(coordinator, d.id())).hasSize(2);
	}

	private Participant person(String username, Role role) {
		return this.participants.add(new NewParticipant(username, username, username + "@example.org", null, null, "en",
				Level.FULL, EnumSet.of(Role.PARTICIPANT, role), EnumSet.of(Channel.WEB), "secret"));
	}

	private static MimeMessage reply(String from, String to, String text) throws MessagingException {
		MimeMessage m = new MimeMessage(session());
		m.setFrom(new InternetAddress(from));
		m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		m.setSubject("Re: [ECS] POP3 draft", "UTF-8");
		m.setText(text, "UTF-8");
		m.saveChanges();
		m.setHeader("Message-ID", "<pop3-" + UUID.randomUUID() + "@example.org>");
		return m;
	}

	/**
	 * Delivers to the ECS mailbox (the reply address is its plus address); returns the
	 * Message-ID.
	 */
	private static String send(MimeMessage m) throws MessagingException {
		try (Transport smtp = session().getTransport("smtp")) {
			smtp.connect();
			smtp.sendMessage(m, new InternetAddress[] { new InternetAddress(MAILBOX) });
		}
		return m.getMessageID().replaceAll("[<>]", "");
	}

	/** Message-IDs of the mails in the POP3 mailbox, not marked deleted. */
	private static List<String> mailbox() throws FolderException, MessagingException {
		List<String> ids = new ArrayList<>();
		for (StoredMessage stored : pop3.getManagers()
			.getImapHostManager()
			.getInbox(pop3.getUserManager().getUser(MAILBOX))
			.getMessages()) {
			if (!stored.isSet(Flags.Flag.DELETED)) {
				ids.add(stored.getMimeMessage().getMessageID().replaceAll("[<>]", ""));
			}
		}
		return ids;
	}

	private static Session session() {
		Properties p = new Properties();
		p.setProperty("mail.smtp.host", "127.0.0.1");
		p.setProperty("mail.smtp.port", String.valueOf(pop3.getSmtp().getPort()));
		return Session.getInstance(p);
	}

}
