package org.ecs.config.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.ecs.config.EcsIntegrationTest;
import org.ecs.core.blob.BlobStore;
import org.ecs.core.comment.CommentStore;
import org.ecs.core.contribution.ContributionStatus;
import org.ecs.core.contribution.Contributions;
import org.ecs.core.contribution.WebContributions;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.discussion.NewDiscussion;
import org.ecs.core.discussion.ReviewPolicy;
import org.ecs.core.discussion.SubjectKind;
import org.ecs.core.mailbox.InboundMailOutcome;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may speak by email, tried as an attacker would, through the sandbox's real SMTP and
 * IMAP servers: only the reply token proves who and where; everything else a mail says
 * about its sender is a claim.
 */
@EcsIntegrationTest
class MailIdentityIT {

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
	CommentStore comments;

	@Autowired
	InboundMails inboundMails;

	@Autowired
	MailTokens tokens;

	@Autowired
	BlobStore blobs;

	String tag;

	Participant alice;

	Participant reader;

	Participant coordinator;

	@BeforeEach
	void people() {
		this.smtp = new SandboxSmtp(this.sandbox);
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		this.alice = person("alice-" + this.tag, Role.PARTICIPANT);
		this.reader = person("reader-" + this.tag, Role.PARTICIPANT);
		this.coordinator = person("coord-" + this.tag, Role.PARTICIPANT, Role.COORDINATOR);
	}

	@Test
	void shouldNeverAttributeNorPublishAMailToTheBareAddressThatClaimsAParticipantsFromAndThread() throws Exception {
		Discussion d = discussion(ReviewPolicy.NONE);
		MimeMessage notification = notificationTo(this.alice, d);
		assertThat(notification.getMessageID()).matches("<n-\\d+\\.[0-9a-f]{32}@" + DOMAIN + ">");

		MimeMessage forged = this.smtp.message(this.alice.email(), MAILBOX, "Re: " + notification.getSubject(),
				"Posted as Alice without her reply address.");
		forged.setHeader("In-Reply-To", notification.getMessageID());
		forged.setHeader("References", notification.getHeader("References")[0] + " " + notification.getMessageID());
		String messageId = this.smtp.send(forged);

		await().until(() -> this.inboundMails.find(messageId).isPresent());
		InboundMailOutcome outcome = this.inboundMails.find(messageId).orElseThrow();
		assertThat(outcome.reason()).isEqualTo("SENDER_UNPROVEN");
		await().until(() -> this.review.pending(this.coordinator, d.id()), (items) -> !items.isEmpty());
		ReviewItem item = this.review.pending(this.coordinator, d.id()).get(0);
		assertThat(item.text()).isEqualTo("Posted as Alice without her reply address.");
		assertThat(item.authorId()).as("never attributed").isNull();
		assertThat(item.factsJson()).contains(this.alice.email()).contains("no reply token");
		assertThat(this.contributions.find(item.contributionId()).orElseThrow().status())
			.isEqualTo(ContributionStatus.PENDING_REVIEW);
		assertThat(this.contributions.byAuthorInDiscussion(this.alice.id(), d.id())).isEmpty();
		assertThat(this.comments.inDiscussion(d.id())).noneMatch((c) -> c.text().contains("without her reply"));
	}

	@Test
	void shouldRefuseAMailThatNamesAGuessedNotificationId() throws Exception {
		Discussion d = discussion(ReviewPolicy.NONE);
		MimeMessage notification = notificationTo(this.alice, d);
		long notificationId = Long.parseLong(notification.getMessageID().replaceAll("\\D+", " ").strip().split(" ")[0]);

		MimeMessage forged = this.smtp.message(this.alice.email(), MAILBOX, "Re: draft", "Guessing the counter.");
		forged.setHeader("In-Reply-To", "<n-" + notificationId + "@" + DOMAIN + ">");
		String messageId = this.smtp.send(forged);

		await().until(() -> this.inboundMails.find(messageId).isPresent());
		assertThat(this.inboundMails.find(messageId).orElseThrow().outcome()).isEqualTo("REFUSED");
		assertThat(this.review.pending(this.coordinator, d.id())).isEmpty();
		assertThat(this.contributions.byAuthorInDiscussion(this.alice.id(), d.id())).isEmpty();
	}

	@Test
	void shouldHoldALeakedTokenWithAForgedFromWhenOurServerSaysDmarcFailedEvenWithoutReview() throws Exception {
		Discussion d = discussion(ReviewPolicy.NONE);
		MimeMessage forged = this.smtp.message(this.alice.email(), this.tokens.replyAddress(this.alice.id(), d.id()),
				"Re: draft", "Posted with Alice's leaked reply address.");
		forged.setHeader("Authentication-Results", "mx.ecs.test; spf=fail smtp.mailfrom=evil.example; "
				+ "dkim=none; dmarc=fail (p=reject) header.from=example.org");

		String messageId = this.smtp.send(forged);

		await().until(() -> this.inboundMails.find(messageId).isPresent());
		assertThat(this.inboundMails.find(messageId).orElseThrow().reason()).isEqualTo("SENDER_UNPROVEN");
		await().until(() -> this.review.pending(this.coordinator, d.id()), (items) -> !items.isEmpty());
		ReviewItem item = this.review.pending(this.coordinator, d.id()).get(0);
		assertThat(item.authorId()).isNull();
		assertThat(item.factsJson()).contains("sender not authenticated").contains("dmarc=fail");
		assertThat(this.contributions.byAuthorInDiscussion(this.alice.id(), d.id())).isEmpty();
	}

	@Test
	void shouldBelieveNoAuthenticationResultsOfAServerNotOurs() throws Exception {
		Discussion d = discussion(ReviewPolicy.NONE);
		MimeMessage reply = this.smtp.message(this.alice.email(), this.tokens.replyAddress(this.alice.id(), d.id()),
				"Re: draft", "Alice's own reply, " + this.tag + ".");
		reply.setHeader("Authentication-Results", "mx.elsewhere.example; dmarc=fail header.from=example.org");

		this.smtp.send(reply);

		await().until(() -> this.comments.inDiscussion(d.id()),
				(published) -> published.stream().anyMatch((c) -> c.text().contains("Alice's own reply")));
		assertThat(this.comments.inDiscussion(d.id())).filteredOn((c) -> c.text().contains("Alice's own reply"))
			.singleElement()
			.satisfies((c) -> assertThat(c.authorId()).isEqualTo(this.alice.id()));
	}

	@Test
	void shouldStoreAndReviewAReplyWithANulByteInsteadOfDeadLetteringIt() throws Exception {
		Discussion d = discussion(ReviewPolicy.EMAIL_AND_FAX);
		String raw = "From: " + this.alice.email() + "\r\nTo: " + this.tokens.replyAddress(this.alice.id(), d.id())
				+ "\r\nSubject: Re: draft\r\nMessage-ID: <nul-" + this.tag + "@test.example>\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
				+ "We agree\u0000 with paragraph 3.\r\n";

		this.smtp.sendRaw(this.tokens.replyAddress(this.alice.id(), d.id()), raw.getBytes(StandardCharsets.UTF_8));

		await().until(() -> this.review.pending(this.coordinator, d.id()), (items) -> !items.isEmpty());
		ReviewItem item = this.review.pending(this.coordinator, d.id()).get(0);
		assertThat(item.authorId()).isEqualTo(this.alice.id());
		assertThat(item.text()).isEqualTo("We agree with paragraph 3.");
		assertThat(item.factsJson()).contains("NUL");
		await().until(() -> this.inboundMails.find("nul-" + this.tag + "@test.example").isPresent());
		assertThat(this.inboundMails.find("nul-" + this.tag + "@test.example").orElseThrow().outcome())
			.isEqualTo("SUBMITTED");
	}

	@Test
	void shouldRefuseAZipBombDocxUnreadAndTellTheSenderWhileKeepingTheMail() throws Exception {
		Discussion d = discussion(ReviewPolicy.EMAIL_AND_FAX);
		byte[] bomb = docxBomb(512L * 1024 * 1024);
		assertThat(bomb.length).as("small enough to pass the size limit").isLessThan(1024 * 1024);
		MimeMessage reply = this.smtp.message(this.alice.email(), this.tokens.replyAddress(this.alice.id(), d.id()),
				"Re: draft", "");
		MimeMultipart mixed = new MimeMultipart("mixed");
		MimeBodyPart text = new MimeBodyPart();
		text.setText("Our report is attached.", "UTF-8");
		MimeBodyPart docx = new MimeBodyPart();
		docx.setFileName("report.docx");
		docx.setContent(bomb, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		mixed.addBodyPart(text);
		mixed.addBodyPart(docx);
		reply.setContent(mixed);

		String messageId = this.smtp.send(reply);

		await().until(() -> this.review.pending(this.coordinator, d.id()), (items) -> !items.isEmpty());
		ReviewItem item = this.review.pending(this.coordinator, d.id()).get(0);
		assertThat(item.text()).isEqualTo("Our report is attached.");
		assertThat(item.factsJson()).contains("report.docx (archive expands too much)");
		assertThat(this.blobs.get(item.originalKey())).as("the whole mail is kept for inspection")
			.hasValueSatisfying((original) -> assertThat(original.length).isGreaterThan(bomb.length));
		await().until(() -> this.smtp.mailTo(this.alice.email()), (mails) -> !mails.isEmpty());
		MimeMessage answer = this.smtp.mailTo(this.alice.email()).get(0);
		assertThat(answer.getHeader("Auto-Submitted")).containsExactly("auto-replied");
		assertThat(answer.getContent().toString()).contains("report.docx (archive expands too much)");
		await().until(() -> this.inboundMails.find(messageId).isPresent());
		assertThat(this.inboundMails.find(messageId).orElseThrow().reason()).isEqualTo("ATTACHMENT_REFUSED");
	}

	/** A .docx-shaped ZIP of a few hundred kilobytes whose document part is zeros. */
	private static byte[] docxBomb(long unpacked) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
					+ "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
					+ "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
				.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (long written = 0; written < unpacked; written += zeros.length) {
				zip.write(zeros);
			}
		}
		return out.toByteArray();
	}

	/** A comment by someone else makes ECS notify {@code to}; returns that mail. */
	private MimeMessage notificationTo(Participant to, Discussion d) {
		this.web.post(this.reader, d.id(), "Here is the draft for comment, " + this.tag + ".", null);
		await().until(() -> this.smtp.mailTo(to.email()), (mails) -> !mails.isEmpty());
		return this.smtp.mailTo(to.email()).get(0);
	}

	private Discussion discussion(ReviewPolicy policy) {
		Instant deadline = Instant.now().plus(Duration.ofDays(3));
		return this.discussions.create(new NewDiscussion("Identity " + this.tag + " " + UUID.randomUUID(),
				SubjectKind.TOPIC, null, "", this.coordinator.id(), deadline.minus(Duration.ofDays(10)), deadline,
				policy, Set.of(this.alice.id(), this.reader.id())), this.coordinator.id());
	}

	private Participant person(String username, Role... roles) {
		return this.participants.add(new NewParticipant(username, username, username + "@example.org", null, null, "en",
				Level.FULL, EnumSet.of(roles[0], roles), EnumSet.of(Channel.WEB, Channel.EMAIL), "secret"));
	}

}
