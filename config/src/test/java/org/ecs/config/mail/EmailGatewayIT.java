package org.ecs.config.mail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.ecs.config.EcsIntegrationTest;
import org.ecs.config.SandboxMail;
import org.ecs.core.contribution.ContributionRecord;
import org.ecs.core.contribution.Contributions;
import org.ecs.core.contribution.WebContributions;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.DiscussionLaunch;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.discussion.Launch;
import org.ecs.core.discussion.NewDiscussion;
import org.ecs.core.discussion.ReviewPolicy;
import org.ecs.core.discussion.SubjectKind;
import org.ecs.core.mailbox.InboundMailOutcome;
import org.ecs.core.mailbox.InboundMails;
import org.ecs.core.mailbox.ReplyTokenEpochs;
import org.ecs.core.notice.Addressee;
import org.ecs.core.notice.NetworkMessages;
import org.ecs.core.notice.Notice;
import org.ecs.core.notice.NoticeRefusedException;
import org.ecs.core.notice.Notices;
import org.ecs.core.notification.DeliveryStatus;
import org.ecs.core.notification.Notifications;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.NewParticipant;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.participant.Role;
import org.ecs.core.review.ReviewInbox;
import org.ecs.core.review.ReviewItem;
import org.ecs.routes.mail.MailTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Taking part by email, through the sandbox's real SMTP and IMAP servers: notifications
 * go out with reply and bounce addresses, replies come back through the mailbox poller
 * into the review inbox, and whoever writes in wrongly hears why (machines never do).
 */
@EcsIntegrationTest
class EmailGatewayIT {

	static final String DOMAIN = "ecs.localhost";

	static final String MAILBOX = "ecs@" + DOMAIN;

	@Autowired
	GreenMail sandbox;

	SandboxSmtp smtp;

	@Autowired
	ParticipantDirectory participants;

	@Autowired
	Discussions discussions;

	@Autowired
	WebContributions web;

	@Autowired
	ReviewInbox review;

	@Autowired
	Contributions contributions;

	@Autowired
	Notifications notifications;

	@Autowired
	InboundMails inboundMails;

	@Autowired
	MailTokens tokens;

	@Autowired
	DiscussionLaunch launch;

	@Autowired
	NetworkMessages network;

	@Autowired
	Notices notices;

	@Autowired
	ReplyTokenEpochs epochs;

	String tag;

	Participant author;

	Participant reader;

	Participant watcher;

	Participant coordinator;

	@BeforeEach
	void people() {
		this.smtp = new SandboxSmtp(this.sandbox);
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		this.author = person("author-" + this.tag, Level.FULL, "fr");
		this.reader = person("reader-" + this.tag, Level.FULL, "en");
		this.watcher = person("watcher-" + this.tag, Level.MONITORING, "en");
		this.coordinator = person("coord-" + this.tag, Level.FULL, "en", Role.COORDINATOR);
	}

	@Test
	void shouldSendNotificationsWithReplyAddressThreadingAndBounceAddress() throws Exception {
		Discussion d = discussion(Instant.now().plus(Duration.ofDays(3)));

		MimeMessage mail = notificationTo(this.author, d);

		assertThat(mail.getReplyTo()).singleElement()
			.extracting(Address::toString)
			.asString()
			.matches("ecs\\+[a-z2-7]{20,}@" + DOMAIN);
		assertThat(mail.getHeader("Return-Path")[0]).matches("<?ecs\\+[a-z2-7]{20,}@" + DOMAIN + ">?");
		assertThat(mail.getMessageID()).matches("<n-\\d+\\.[0-9a-f]{32}@" + DOMAIN + ">");
		assertThat(mail.getHeader("In-Reply-To")).singleElement()
			.asString()
			.matches("<d-" + d.id() + "\\.[0-9a-f]{32}@" + DOMAIN + ">");
		assertThat(mail.getHeader("References")).containsExactly(mail.getHeader("In-Reply-To"));
		assertThat(mail.getHeader("List-Id")).containsExactly("<d-" + d.id() + "." + DOMAIN + ">");
		assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		assertThat(mail.getHeader("Content-Language")).containsExactly("fr");
		assertThat(mail.getContentType()).startsWith("multipart/alternative");
		assertThat(((MimeMultipart) mail.getContent()).getCount()).isEqualTo(2);
		long notificationId = Long.parseLong(mail.getMessageID().replaceAll("\\D+", " ").strip().split(" ")[0]);
		await().until(() -> this.notifications.delivery(notificationId, Channel.EMAIL).orElseThrow().status(),
				(status) -> status == DeliveryStatus.SENT);
	}

	@Test
	void shouldTurnAReplyIntoATrimmedPendingReviewItemOfItsAuthor() throws Exception {
		Discussion d = discussion(Instant.now().plus(Duration.ofDays(3)));
		MimeMessage notification = notificationTo(this.author, d);

		String messageId = this.smtp.send(reply(notification, this.author.email(), """
				We support the draft, with one caveat on article 4.

				Le lun. 3 mars 2025, ECS a écrit :
				> %s
				> Something quoted that must not be posted.
				""".formatted("##- Please type your reply above this line -##")));

		ReviewItem item = awaitReviewItem(d);
		assertThat(item.authorId()).isEqualTo(this.author.id());
		assertThat(item.channel()).isEqualTo(Channel.EMAIL);
		assertThat(item.text()).isEqualTo("We support the draft, with one caveat on article 4.");
		assertThat(item.factsJson()).contains("email.trimmed").contains("Something quoted");
		assertThat(item.originalKey()).matches("[0-9a-f]{64}");
		assertThat(this.contributions.find(item.contributionId()).orElseThrow().receivedAt())
			.isBefore(Instant.now().plusSeconds(1));
		await().until(() -> this.inboundMails.find(messageId).isPresent());
		assertThat(this.inboundMails.find(messageId).orElseThrow().outcome()).isEqualTo("SUBMITTED");
	}

	@Test
	void shouldPostOnlyTheAuthorsTextUnderAnUnquotedCopyOfTheNotificationAndRefuseACopyAlone() throws Exception {
		Discussion d = discussion(Instant.now().plus(Duration.ofDays(3)));
		MimeMessage notification = notificationTo(this.author, d);
		await().until(() -> this.notifications.sentTexts(this.author.id(), d.id(), 5), (texts) -> !texts.isEmpty());
		String sent = SandboxMail.text(notification);
		String outlookHeader = "________________________________\nDe : ECS <" + MAILBOX
				+ ">\nEnvoyé : mercredi 18 novembre 2026 18:45\nÀ : Author\nObjet : " + notification.getSubject()
				+ "\n\n";

		this.smtp.send(reply(notification, this.author.email(),
				outlookHeader + sent + "\nJe suis d'accord avec l'article 4."));

		ReviewItem item = awaitReviewItem(d);
		assertThat(item.text()).isEqualTo("Je suis d'accord avec l'article 4.");

		String onlyTheCopy = this.smtp.send(reply(notification, this.author.email(),
				"Le mer. 18 nov. 2026 à 18:45, ECS <" + MAILBOX + "> a écrit :\n" + sent.replaceAll("(?m)^", "> ")));
		await().until(() -> this.inboundMails.find(onlyTheCopy).isPresent());
		assertThat(this.inboundMails.find(onlyTheCopy).orElseThrow().reason()).isEqualTo("EMPTY_REPLY");
		assertThat(this.contributions.byAuthorInDiscussion(this.author.id(), d.id())).hasSize(1);
	}

	@Test
	void shouldProcessTheSameMailOnceWhenItArrivesTwice() throws Exception {
		Discussion d = discussion(Instant.now().plus(Duration.ofDays(3)));
		MimeMessage notification = notificationTo(this.author, d);
		MimeMessage reply = reply(notification, this.author.email(), "Said once, delivered twice.");

		String messageId = this.smtp.send(reply);
		this.smtp.send(reply);

		ReviewItem item = awaitReviewItem(d);
		await().until(() -> inMailbox(messageId) == 0 && this.inboundMails.find(messageId).isPresent());
		assertThat(this.contributions.byAuthorInDiscussion(this.author.id(), d.id())).singleElement()
			.extracting(ContributionRecord::id)
			.isEqualTo(item.contributionId());
		assertThat(this.review.pending(this.coordinator, d.id())).hasSize(1);
	}

	@Test
	void shouldRefuseAForwardedNotificationRepliedFromAnotherAddress() throws Exception {
		Discussion d = discussion(Instant.now().plus(Duration.ofDays(3)));
		MimeMessage notification = notificationTo(this.author, d);
		String stranger = "stranger-" + this.tag + "@elsewhere.example";

		String messageId = this.smtp.send(reply(notification, stranger, "Let me post as the author."));

		MimeMessage answer = awaitAnswerTo(stranger);
		assertThat(answer.getSubject()).startsWith("Not posted:");
		assertThat(answer.getContent().toString()).contains("is not the address of a participant");
		assertThat(answer.getHeader("Auto-Submitted")).containsExactly("auto-replied");
		assertThat(answer.getHeader("In-Reply-To")).containsExactly("<" + messageId + ">");
		await().until(() -> this.inboundMails.find(messageId).isPresent());
		assertThat(this.inboundMails.find(messageId).orElseThrow().reason()).isEqualTo("UNKNOWN_SENDER");
		assertThat(this.contributions.byAuthorInDiscussion(this.author.id(), d.id())).isEmpty();
	}

	@Test
	void shouldAnswerAStrangersForwardInTheLanguageItWasWrittenIn() throws Exception {
		Discussion d = discussion(Instant.now().plus(Duration.ofDays(3)));
		MimeMessage notification = notificationTo(this.author, d);
		String stranger = "extrano-" + this.tag + "@elsewhere.example";

		this.smtp.send(reply(notification, stranger,
				"Les reenvío el comentario de mi colega, por favor publíquenlo en la discusión. Gracias."));

		MimeMessage answer = awaitAnswerTo(stranger);
		assertThat(answer.getHeader("Content-Language")).containsExactly("es");
	}

	@Test
	void shouldAnswerALateReplyThatTheDiscussionClosed() throws Exception {
		Discussion closed = discussion(Instant.now().minus(Duration.ofHours(1)));

		this.smtp.send(this.smtp.message(this.author.email(), this.tokens.replyAddress(this.author.id(), closed.id()),
				"Re: late", "Sorry for the delay: here is our position."));

		MimeMessage answer = awaitAnswerTo(this.author.email());
		// the author reads French
		assertThat(answer.getHeader("Content-Language")).containsExactly("fr");
		assertThat(answer.getContent().toString()).contains(closed.title());
		assertThat(this.contributions.byAuthorInDiscussion(this.author.id(), closed.id())).isEmpty();
	}

	@Test
	void shouldAnswerAMonitoringParticipantThatTheyCannotPost() throws Exception {
		Discussion d = discussion(Instant.now().plus(Duration.ofDays(3)));

		String messageId = this.smtp.send(this.smtp.message(this.watcher.email(),
				this.tokens.replyAddress(this.watcher.id(), d.id()), "Re: draft", "May I add something?"));

		MimeMessage answer = awaitAnswerTo(this.watcher.email());
		assertThat(answer.getContent().toString()).contains("monitoring participant");
		await().until(() -> this.inboundMails.find(messageId).isPresent());
		assertThat(this.inboundMails.find(messageId).orElseThrow().reason()).isEqualTo("MONITORING_CANNOT_POST");
	}

	@Test
	void shouldNeverAnswerAnAutoReplyAndMarkABounceOnItsDelivery() throws Exception {
		Discussion d = discussion(Instant.now().plus(Duration.ofDays(3)));
		MimeMessage notification = notificationTo(this.author, d);
		long notificationId = Long
			.parseLong(notification.getMessageID().replaceAll("[^0-9]+", " ").strip().split(" ")[0]);
		String verp = notification.getHeader("Return-Path")[0].replaceAll("[<>]", "");
		MimeMessage outOfOffice = reply(notification, this.author.email(), "I am out of the office until Monday.");
		outOfOffice.setSubject("Automatic reply: " + notification.getSubject());
		outOfOffice.setHeader("Auto-Submitted", "auto-replied");
		String daemon = "mailer-daemon-" + this.tag + "@mx.example";

		String autoReplyId = this.smtp.send(outOfOffice);
		String bounceId = this.smtp.sendRaw(verp, bounce(daemon, verp, this.author.email(), notification.getMessageID())
			.getBytes(StandardCharsets.UTF_8));

		await().until(() -> this.notifications.delivery(notificationId, Channel.EMAIL).orElseThrow().status(),
				(status) -> status == DeliveryStatus.BOUNCED);
		await().until(
				() -> this.inboundMails.find(autoReplyId).isPresent() && this.inboundMails.find(bounceId).isPresent());
		assertThat(this.inboundMails.find(autoReplyId).orElseThrow())
			.extracting(InboundMailOutcome::kind, InboundMailOutcome::outcome)
			.containsExactly("AUTO_REPLY", "IGNORED");
		assertThat(this.inboundMails.find(bounceId).orElseThrow())
			.extracting(InboundMailOutcome::kind, InboundMailOutcome::outcome)
			.containsExactly("BOUNCE", "BOUNCE_RECORDED");
		assertThat(this.smtp.mailTo(daemon)).isEmpty();
		assertThat(this.smtp.mailTo(this.author.email())).filteredOn(EmailGatewayIT::isAnswer).isEmpty();
	}

	@Test
	void shouldPostAReplyWithoutTheRefusedAttachmentAndNameItInTheAnswer() throws Exception {
		Discussion d = discussion(Instant.now().plus(Duration.ofDays(3)));
		MimeMessage notification = notificationTo(this.author, d);
		MimeMessage reply = reply(notification, this.author.email(), "Our comments are attached.");
		MimeMultipart mixed = new MimeMultipart("mixed");
		MimeBodyPart text = new MimeBodyPart();
		text.setText("Our comments are attached.", "UTF-8");
		MimeBodyPart notes = new MimeBodyPart();
		notes.setFileName("notes.txt");
		notes.setText("Our reading of article 4: every State reports yearly.", "UTF-8");
		MimeBodyPart tool = new MimeBodyPart();
		tool.setFileName("tool.exe");
		tool.setContent(executable(), "application/octet-stream");
		mixed.addBodyPart(text);
		mixed.addBodyPart(notes);
		mixed.addBodyPart(tool);
		reply.setContent(mixed);

		this.smtp.send(reply);

		ReviewItem item = awaitReviewItem(d);
		assertThat(item.text()).isEqualTo("Our comments are attached.");
		assertThat(item.factsJson()).contains("every State reports yearly").contains("tool.exe");
		MimeMessage answer = awaitAnswerTo(this.author.email());
		assertThat(answer.getContent().toString()).contains("tool.exe");
	}

	@Test
	void shouldInviteByAnAnnouncementInTheRecipientsLanguageAndTakeTheReplyIntoTheNewDiscussion() throws Exception {
		long launched = this.launch.launch(this.coordinator,
				new Launch("Verification of item " + this.tag, SubjectKind.AGENDA_ITEM, "WGB-61/" + this.tag,
						"Input on item 7 is invited.", null, Instant.now().plus(Duration.ofDays(5)), null,
						List.of(Addressee.person(this.author.id()), Addressee.person(this.reader.id()))));

		await().until(() -> this.smtp.mailTo(this.author.email()), (mails) -> !mails.isEmpty());
		MimeMessage invitation = this.smtp.mailTo(this.author.email()).get(0);
		assertThat(invitation.getSubject()).isEqualTo("[ECS] Nouvelle discussion : Verification of item " + this.tag);
		assertThat(invitation.getHeader("In-Reply-To")).singleElement()
			.asString()
			.startsWith("<d-" + launched + ".")
			.endsWith("@" + DOMAIN + ">");
		assertThat(invitation.getHeader("Content-Language")).containsExactly("fr");
		String text = (String) ((MimeMultipart) invitation.getContent()).getBodyPart(0).getContent();
		assertThat(text).contains("vous invite à y participer").contains("Input on item 7 is invited.");
		await().until(() -> this.smtp.mailTo(this.reader.email()), (mails) -> !mails.isEmpty());
		assertThat(this.smtp.mailTo(this.coordinator.email())).as("who launched it is not told").isEmpty();

		this.smtp.send(reply(invitation, this.author.email(), "Nous appuyons le point 7."));

		await().until(() -> this.review.pending(this.coordinator, launched), (items) -> !items.isEmpty());
		ReviewItem item = this.review.pending(this.coordinator, launched).get(0);
		assertThat(item.authorId()).isEqualTo(this.author.id());
		assertThat(item.text()).isEqualTo("Nous appuyons le point 7.");
	}

	@Test
	void shouldMessageAGroupOnEachMembersChannelsAndLanguage() throws Exception {
		String state = stateCode();
		this.participants.addState(new org.ecs.core.participant.State(state, "State " + this.tag, "STATE"));
		Participant first = member("m1-" + this.tag, state, "es");
		Participant second = member("m2-" + this.tag, state, "en");
		Participant secretariat = person("sec-" + this.tag, Level.FULL, "en", Role.SECRETARIAT);

		Notice sent = this.network.send(secretariat, "Visa letters", "Letters for the session are ready.",
				List.of(Addressee.state(state)));

		await().until(() -> this.smtp.mailTo(first.email()), (mails) -> !mails.isEmpty());
		MimeMessage spanish = this.smtp.mailTo(first.email()).get(0);
		assertThat(spanish.getSubject()).isEqualTo("[ECS] Visa letters");
		assertThat((String) ((MimeMultipart) spanish.getContent()).getBodyPart(0).getContent())
			.contains(secretariat.displayName() + " le envió un mensaje por ECS")
			.contains("Letters for the session are ready.");
		await().until(() -> this.smtp.mailTo(second.email()), (mails) -> !mails.isEmpty());
		await().until(() -> this.notices.find(sent.id()).orElseThrow().recipients(), (n) -> n != null && n == 2);
		assertThat(this.notifications.inbox(second.id(), 10)).singleElement()
			.satisfies((n) -> assertThat(n.subject()).isEqualTo("Visa letters"));
		assertThatThrownBy(() -> this.network.send(this.watcher, "x", "y", List.of(Addressee.person(first.id()))))
			.isInstanceOfSatisfying(NoticeRefusedException.class, (ex) -> assertThat(ex.isForbidden()).isTrue());
		assertThatThrownBy(() -> this.network.send(this.author, "x", "y", List.of(Addressee.state(state))))
			.isInstanceOf(NoticeRefusedException.class)
			.hasMessageContaining("focal point");
	}

	@Test
	void shouldTellTheAuthorInTheirLanguageThatAContributionWasNotPublishedAndWhy() throws Exception {
		Discussion d = discussion(Instant.now().plus(Duration.ofDays(3)));
		MimeMessage notification = notificationTo(this.author, d);
		this.smtp.send(reply(notification, this.author.email(), "Hors sujet, désolé."));
		ReviewItem item = awaitReviewItem(d);

		this.review.reject(this.coordinator, item.contributionId(), "Off topic for this paper");

		await().until(() -> this.smtp.mailTo(this.author.email()),
				(mails) -> mails.stream().anyMatch(this::isNotPublished));
		MimeMessage told = this.smtp.mailTo(this.author.email())
			.stream()
			.filter(this::isNotPublished)
			.findFirst()
			.orElseThrow();
		assertThat((String) ((MimeMultipart) told.getContent()).getBodyPart(0).getContent())
			.contains("n'a pas été publiée")
			.contains("Motif indiqué : Off topic for this paper")
			.contains("Hors sujet, désolé.");
	}

	@Test
	void shouldRefuseAReplyThroughALinkTheRecipientVoided() throws Exception {
		Discussion d = discussion(Instant.now().plus(Duration.ofDays(3)));
		MimeMessage notification = notificationTo(this.author, d);

		this.epochs.revoke(this.author.id());
		this.smtp.send(reply(notification, this.author.email(), "Posted through an old link."));

		MimeMessage answer = awaitAnswerTo(this.author.email());
		assertThat(answer.getSubject()).contains("Non publié");
		assertThat(this.review.pending(this.coordinator, d.id())).isEmpty();
	}

	private boolean isNotPublished(MimeMessage m) {
		try {
			return m.getSubject().startsWith("[ECS] Non publié");
		}
		catch (Exception ex) {
			return false;
		}
	}

	private Participant member(String username, String state, String language) {
		return this.participants.add(new NewParticipant(username, username, username + "@example.org", null, state,
				language, Level.FULL, EnumSet.of(Role.PARTICIPANT), EnumSet.of(Channel.WEB, Channel.EMAIL), "secret"));
	}

	/** A State code no other test uses: three letters from this test's tag. */
	private String stateCode() {
		StringBuilder code = new StringBuilder("Q");
		for (char c : this.tag.toCharArray()) {
			if (code.length() < 3) {
				code.append((char) ('A' + Character.digit(c, 16) % 26));
			}
		}
		return code.toString();
	}

	private ReviewItem awaitReviewItem(Discussion d) {
		await().until(() -> this.review.pending(this.coordinator, d.id()), (items) -> !items.isEmpty());
		return this.review.pending(this.coordinator, d.id()).get(0);
	}

	private MimeMessage awaitAnswerTo(String address) {
		await().until(() -> this.smtp.mailTo(address), (mails) -> mails.stream().anyMatch(EmailGatewayIT::isAnswer));
		return this.smtp.mailTo(address).stream().filter(EmailGatewayIT::isAnswer).findFirst().orElseThrow();
	}

	/**
	 * Answers are the only mail ECS marks as auto-replied (notifications are
	 * auto-generated).
	 */
	private static boolean isAnswer(MimeMessage m) {
		try {
			String[] marker = m.getHeader("Auto-Submitted");
			return marker != null && marker[0].equals("auto-replied");
		}
		catch (Exception ex) {
			return false;
		}
	}

	/** A comment by someone else makes ECS notify {@code to}; returns that mail. */
	private MimeMessage notificationTo(Participant to, Discussion d) {
		this.web.post(this.reader, d.id(), "Here is the draft for comment, " + this.tag + ".", null);
		await().until(() -> this.smtp.mailTo(to.email()), (mails) -> !mails.isEmpty());
		return this.smtp.mailTo(to.email()).get(0);
	}

	private MimeMessage reply(MimeMessage notification, String from, String text) throws Exception {
		MimeMessage reply = this.smtp.message(from, notification.getReplyTo()[0].toString(),
				"Re: " + notification.getSubject(), text);
		reply.setHeader("In-Reply-To", notification.getMessageID());
		reply.setHeader("References", notification.getHeader("References")[0] + " " + notification.getMessageID());
		return reply;
	}

	private static String bounce(String daemon, String verp, String recipient, String originalId) {
		String id = "<dsn-" + UUID.randomUUID() + "@mx.example>";
		return """
				From: Mail Delivery System <%s>
				To: %s
				Subject: Undelivered Mail Returned to Sender
				Message-ID: %s
				Auto-Submitted: auto-replied
				MIME-Version: 1.0
				Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

				--b1
				Content-Type: text/plain

				I'm sorry to have to inform you that your message could not be delivered.

				--b1
				Content-Type: message/delivery-status

				Reporting-MTA: dns; mx.example

				Final-Recipient: rfc822; %s
				Action: failed
				Status: 5.1.1
				Diagnostic-Code: smtp; 550 5.1.1 user unknown

				--b1
				Content-Type: text/rfc822-headers

				Message-ID: %s
				Subject: [ECS] notification

				--b1--
				""".formatted(daemon, verp, id, recipient, originalId).replace("\n", "\r\n");
	}

	private static byte[] executable() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3c] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		return exe;
	}

	private long inMailbox(String messageId) {
		return this.sandbox.findReceivedMessages((user) -> MAILBOX.equalsIgnoreCase(user.getEmail()), (m) -> {
			try {
				return ("<" + messageId + ">").equals(m.getMessageID());
			}
			catch (Exception ex) {
				return false;
			}
		}).count();
	}

	private Discussion discussion(Instant deadline) {
		Instant opens = deadline.minus(Duration.ofDays(10));
		return this.discussions.create(new NewDiscussion("Draft " + this.tag + " " + UUID.randomUUID(),
				SubjectKind.TOPIC, null, "", this.coordinator.id(), opens, deadline, ReviewPolicy.EMAIL_AND_FAX,
				Set.of(this.author.id(), this.reader.id(), this.watcher.id())), this.coordinator.id());
	}

	private Participant person(String username, Level level, String language, Role... extra) {
		EnumSet<Role> roles = EnumSet.of(Role.PARTICIPANT, extra);
		return this.participants.add(new NewParticipant(username, username, username + "@example.org", null, null,
				language, level, roles, EnumSet.of(Channel.WEB, Channel.EMAIL), "secret"));
	}

}
