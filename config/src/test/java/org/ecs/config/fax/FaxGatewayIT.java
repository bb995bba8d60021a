package org.ecs.config.fax;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.ecs.config.EcsIntegrationTest;
import org.ecs.core.comment.Comment;
import org.ecs.core.comment.CommentStore;
import org.ecs.core.contribution.ContributionRecord;
import org.ecs.core.contribution.ContributionStatus;
import org.ecs.core.contribution.Contributions;
import org.ecs.core.contribution.WebContributions;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.DiscussionLaunch;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.discussion.Launch;
import org.ecs.core.discussion.NewDiscussion;
import org.ecs.core.discussion.ReviewPolicy;
import org.ecs.core.discussion.SubjectKind;
import org.ecs.core.notice.Addressee;
import org.ecs.core.notice.NetworkMessages;
import org.ecs.core.notice.Notice;
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
import org.ecs.gateways.fax.FaxBridgeMailComposer;
import org.ecs.gateways.fax.FaxOutboundMail;
import org.ecs.gateways.fax.FaxResolution;
import org.ecs.routes.fax.FaxSettings;
import org.ecs.routes.outbound.MailSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fax gateway end to end on real parts: ECS faxes a comment through the sandbox's
 * email-to-fax gateway, the expert's reply sheet comes back through two fax transmissions
 * and the fax bridge's mailbox, Tesseract reads it, a coordinator corrects and approves
 * it, and the discussion shows who logged it. Faxes without reply sheet are routed by a
 * written reference, or left for the coordinator to assign.
 */
@EcsIntegrationTest
class FaxGatewayIT {

	private static final Logger log = LoggerFactory.getLogger(FaxGatewayIT.class);

	private static final String PASSWORD = "fax-it-password";

	private static final Duration OCR_WAIT = Duration.ofSeconds(60);

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
	Notifications notifications;

	@Autowired
	GreenMail mailSandbox;

	@Autowired
	JavaMailSender mailSender;

	@Autowired
	MailSettings mail;

	@Autowired
	FaxSettings fax;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DiscussionLaunch launch;

	@Autowired
	NetworkMessages network;

	@Autowired
	Notices notices;

	@LocalServerPort
	int port;

	final FaxPaper paper = new FaxPaper();

	Participant expert;

	Participant author;

	Participant coordinator;

	Discussion discussion;

	@BeforeEach
	void people() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		this.expert = this.participants.add(new NewParticipant("fax-" + tag, "Fax Expert " + tag, null, newNumber(),
				"KEN", "en", Level.FULL, EnumSet.of(Role.PARTICIPANT), EnumSet.of(Channel.FAX), PASSWORD));
		this.author = this.participants
			.add(new NewParticipant("web-" + tag, "Web Author " + tag, "web-" + tag + "@example.org", null, "AUT", "en",
					Level.FULL, EnumSet.of(Role.PARTICIPANT), EnumSet.of(Channel.WEB), PASSWORD));
		this.coordinator = this.participants.add(new NewParticipant("coord-" + tag, "Coordinator " + tag,
				"coord-" + tag + "@example.org", null, "AUT", "en", Level.FULL,
				EnumSet.of(Role.PARTICIPANT, Role.COORDINATOR), EnumSet.of(Channel.WEB), PASSWORD));
		this.discussion = this.discussions.create(new NewDiscussion("Station calibration " + tag, SubjectKind.PAPER,
				"INF." + tag, "Comments on calibration.", this.coordinator.id(), Instant.now().minusSeconds(3600),
				Instant.now().plus(Duration.ofDays(7)), ReviewPolicy.EMAIL_AND_FAX,
				Set.of(this.expert.id(), this.author.id())), this.coordinator.id());
	}

	@Test
	void shouldRouteAFaxedBackReplySheetToItsDiscussionAndAuthorAndPublishItLoggedByTheCoordinator() throws Exception {
		ContributionRecord posted = this.web.post(this.author, this.discussion.id(),
				"The draft should name the reference sources.", null);
		// web input is published at once under EMAIL_AND_FAX; faxes wait for review
		await().until(() -> status(posted.id()) == ContributionStatus.PUBLISHED);

		// ECS faxes the comment to the expert, with a reply sheet, through the gateway
		MimeMessage sent = await().atMost(Duration.ofSeconds(30))
			.until(() -> faxTo(this.expert), Optional::isPresent)
			.orElseThrow();
		assertThat(sent.getHeader(FaxOutboundMail.NOTIFICATION_HEADER)).isNotEmpty();
		long notificationId = Long.parseLong(sent.getHeader(FaxOutboundMail.NOTIFICATION_HEADER)[0]);
		await().until(() -> faxStatus(notificationId) == DeliveryStatus.SENT);
		byte[] pdf = pdfOf(sent);
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		// the gateway reports the fax delivered
		sendToBridge(deliveryReport(notificationId, this.expert.faxNumber()));
		await().until(() -> faxStatus(notificationId) == DeliveryStatus.DELIVERED);

		// the expert writes on the reply sheet and faxes it back
		BufferedImage sheet = this.paper.replySheetWithComment(pdf,
				List.of("We support the calibration guidelines.", "Please extend the deadline by two weeks."));
		Instant faxedAt = Instant.now();
		sendToBridge(bridge().composeFromPages(session(), bridgeMailbox(), List.of(sheet), FaxResolution.NORMAL,
				this.expert.faxNumber(), faxedAt));

		ReviewItem item = await().atMost(OCR_WAIT)
			.until(() -> pendingFax(this.expert), Optional::isPresent)
			.orElseThrow();
		log.info("Fax in to review item: {} ms", Duration.between(faxedAt, item.createdAt()).toMillis());
		assertThat(item.discussionId()).isEqualTo(this.discussion.id());
		assertThat(item.authorId()).isEqualTo(this.expert.id());
		assertThat(item.channel()).isEqualTo(Channel.FAX);
		log.info("Reply sheet as read:\n{}", item.text());
		assertThat(item.text().toLowerCase()).contains("calibration")
			.contains("deadline")
			.as("the sheet's own print is taken out")
			.doesNotContain("square code")
			.doesNotContain("in any language")
			.doesNotContain("reply sheet");
		assertThat(item.factsJson()).contains("\"fax.routedBy\": \"qr\"")
			.contains("ocr.meanConfidence")
			.contains("\"fax.senderNumber\": \"" + this.expert.faxNumber() + "\"")
			.contains("\"ocr.pagesRead\": \"1\"")
			.contains("ocr.page.1.meanConfidence");
		assertThat(this.jdbc.sql("select facts->>'ocr.page.1.text' from contribution where id = ?")
			.param(item.contributionId())
			.query(String.class)
			.single()).as("the one page's own text, its print taken out too").isEqualTo(item.text());

		// the console shows the page beside the text, to reviewers only
		Browser coordinatorBrowser = Browser.signIn(this.port, this.coordinator.username(), PASSWORD);
		String console = coordinatorBrowser.get("/review").body();
		assertThat(console).contains("fax-view")
			.contains("Routed by qr")
			.contains("low-confidence")
			.contains("Page 1 of 1")
			.contains("/review/" + item.contributionId() + "/pages/1");
		HttpResponse<byte[]> image = coordinatorBrowser.getBytes("/review/" + item.contributionId() + "/pages/1");
		assertThat(image.statusCode()).isEqualTo(200);
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(image.body())).getWidth()).isEqualTo(1728);
		assertThat(Browser.signIn(this.port, this.author.username(), PASSWORD)
			.getBytes("/review/" + item.contributionId() + "/pages/1")
			.statusCode()).isEqualTo(403);

		// the coordinator corrects the transcription and approves it
		String corrected = "We support the calibration guidelines. Please extend the deadline by two weeks.";
		this.review.approve(this.coordinator, item.contributionId(), corrected);
		await().until(() -> status(item.contributionId()) == ContributionStatus.PUBLISHED);
		Comment comment = this.comments.inDiscussion(this.discussion.id())
			.stream()
			.filter((c) -> c.channel() == Channel.FAX)
			.findFirst()
			.orElseThrow();
		assertThat(comment.text()).isEqualTo(corrected);
		assertThat(comment.authorId()).isEqualTo(this.expert.id());
		assertThat(comment.loggedBy()).isEqualTo(this.coordinator.id());
		assertThat(comment.receivedAt()).isBefore(item.createdAt().plusSeconds(1));
		// the fax sandbox shows a fax to the one it went to, and to nobody else
		Browser expertBrowser = Browser.signIn(this.port, this.expert.username(), PASSWORD);
		String sandbox = expertBrowser.get("/sandbox/fax").body();
		assertThat(sandbox).contains(this.expert.faxNumber());
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/sandbox/fax/sent/[0-9a-f]+\\.pdf)\"")
			.matcher(sandbox);
		assertThat(link.find()).isTrue();
		HttpResponse<byte[]> sandboxPdf = expertBrowser.getBytes(link.group(1));
		assertThat(sandboxPdf.headers().firstValue("Content-Type")).contains("application/pdf");
		assertThat(coordinatorBrowser.get("/sandbox/fax").body()).doesNotContain(this.expert.faxNumber());
		assertThat(coordinatorBrowser.getBytes(link.group(1)).statusCode()).isEqualTo(404);
		String page = coordinatorBrowser.get("/discussions/" + this.discussion.id()).body();
		assertThat(page).contains(this.expert.displayName())
			.contains("received by fax, transcribed and logged by " + this.coordinator.displayName());
	}

	@Test
	void shouldRouteByAWrittenReferenceWhenTheFaxHasNoReplySheet() throws Exception {
		BufferedImage letter = this.paper
			.typedPage(List.of("To the Secretariat", "", "Reference: ECS-D-" + this.discussion.id(), "",
					"Our station agrees with the proposed schedule.", "Kind regards"));

		MimeMessage faxMail = bridge().composeFromPages(session(), bridgeMailbox(), List.of(letter),
				FaxResolution.NORMAL, this.expert.faxNumber(), Instant.now());
		sendToBridge(faxMail);

		ReviewItem item = await().atMost(OCR_WAIT)
			.until(() -> pendingFax(this.expert), Optional::isPresent)
			.orElseThrow();
		// the bridge delivers the same mail again (a retry on its side): taken once only
		String mailKey = faxMail.getMessageID().replaceAll("[<>]", "");
		this.mailSender.send(faxMail);
		await().until(() -> bridgeMailboxSize() == 0);
		assertThat(this.jdbc.sql("select count(*) from fax_inbound where mail_key = ? and processed_at is not null")
			.param(mailKey)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from contribution where dedupe_key = ?")
			.param("fax:" + mailKey)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(item.discussionId()).isEqualTo(this.discussion.id());
		assertThat(item.authorId()).isEqualTo(this.expert.id());
		assertThat(item.factsJson()).contains("\"fax.routedBy\": \"reference\"");
		assertThat(item.text()).contains("schedule");
	}

	@Test
	void shouldLeaveAFaxFromAnUnknownNumberForTheCoordinatorToAssignAndKeepUnrecognisedMail() throws Exception {
		MimeMessage notAFax = new MimeMessage(session());
		notAFax.setFrom(new InternetAddress("someone@example.org"));
		notAFax.setRecipient(Message.RecipientType.TO, new InternetAddress(bridgeMailbox()));
		notAFax.setSubject("Lunch on Friday?");
		notAFax.setText("Not a fax at all.");
		sendToBridge(notAFax);
		String unknown = newNumber();
		BufferedImage letter = this.paper
			.typedPage(List.of("Comments from our national data centre", "The calibration intervals look reasonable."));
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(squarePixels(letter), "png", png);

		// faxed through the sandbox page, as a person would
		Browser browser = Browser.signIn(this.port, this.author.username(), PASSWORD);
		assertThat(browser
			.postFile("/sandbox/fax", "/sandbox/fax", "file", "letter.png", "image/png", png.toByteArray(), "number",
					unknown, false)
			.statusCode()).as("without the CSRF token").isEqualTo(403);
		assertThat(browser
			.postFile("/sandbox/fax", "/sandbox/fax", "file", "notes.png", "image/png",
					"plain text pretending".getBytes(StandardCharsets.UTF_8), "number", unknown, true)
			.body()).contains("A fax machine sends PDF, PNG, JPEG or TIFF pages");
		HttpResponse<String> faxed = browser.postFile("/sandbox/fax", "/sandbox/fax", "file", "letter.png", "image/png",
				png.toByteArray(), "number", unknown, true);
		assertThat(faxed.body()).contains("Faxed from " + unknown);
		assertThat(browser.get("/sandbox/fax").body()).as("the sandbox lists the faxes ECS sent")
			.contains("id=\"sent-heading\"");

		UUID id = await().atMost(OCR_WAIT).until(() -> faxFrom(unknown), Optional::isPresent).orElseThrow();
		await().until(() -> status(id) == ContributionStatus.PENDING_REVIEW);
		ReviewItem item = this.review.item(this.coordinator, id);
		assertThat(item.discussionId()).isNull();
		assertThat(item.authorId()).isNull();
		assertThat(item.factsJson()).contains("\"fax.routedBy\": \"unassigned\"");
		assertThat(item.text()).contains("calibration");
		assertThat(this.jdbc
			.sql("select count(*) from fax_inbound where kind = 'UNRECOGNISED' and detail like '%Lunch on Friday%'")
			.query(Integer.class)
			.single()).isPositive();

		this.review.assign(this.coordinator, id, this.discussion.id(), this.expert.id());
		this.review.approve(this.coordinator, id, "The calibration intervals look reasonable.");
		await().until(() -> status(id) == ContributionStatus.PUBLISHED);
	}

	@Test
	void shouldFaxAnAnnouncementAndANetworkMessageEachWithAReplySheetThatRoutesTheAnswerBack() throws Exception {
		// the coordinator launches a discussion inviting the fax expert and the web
		// author
		long launched = this.launch.launch(this.coordinator,
				new Launch("Noble gas background " + this.expert.username(), SubjectKind.TOPIC, null,
						"Views on the noble gas background are invited.", null, Instant.now().plus(Duration.ofDays(10)),
						ReviewPolicy.EVERY,
						List.of(Addressee.person(this.expert.id()), Addressee.person(this.author.id()))));
		MimeMessage announcement = await().atMost(Duration.ofSeconds(30))
			.until(() -> faxFor(this.expert, notificationOf("ANNOUNCEMENT", this.expert)), Optional::isPresent)
			.orElseThrow();
		byte[] announcementPdf = pdfOf(announcement);
		assertThat(pdfText(announcementPdf)).contains("New discussion: Noble gas background")
			.contains("Views on the noble gas background are invited.")
			.contains("ECS-D-" + launched + " / P-" + this.expert.id());
		assertThat(this.jdbc.sql("select count(*) from notification where kind = 'ANNOUNCEMENT' and discussion_id = ?")
			.param(launched)
			.query(Integer.class)
			.single()).as("the expert and the author, not the coordinator who launched it").isEqualTo(2);

		// the expert answers on the announcement's reply sheet: routed to the new
		// discussion
		sendToBridge(bridge().composeFromPages(session(), bridgeMailbox(),
				List.of(this.paper.replySheetWithComment(announcementPdf, List.of("Our station will share its data."))),
				FaxResolution.NORMAL, this.expert.faxNumber(), Instant.now()));
		ContributionRecord answer = await().atMost(OCR_WAIT)
			.until(() -> pendingFaxOf(this.expert), Optional::isPresent)
			.orElseThrow();
		assertThat(answer.discussionId()).isEqualTo(launched);
		assertThat(answer.factsJson()).contains("\"fax.routedBy\": \"qr\"");
		this.review.approve(this.coordinator, answer.id(), "Our station will share its data.");
		await().until(() -> status(answer.id()) == ContributionStatus.PUBLISHED);

		// the coordinator's message reaches the expert by fax, with a sheet naming only
		// them
		Notice message = this.network.send(this.coordinator, "Room change", "The meeting moves to room C.",
				List.of(Addressee.person(this.expert.id())));
		MimeMessage messageFax = await().atMost(Duration.ofSeconds(30))
			.until(() -> faxFor(this.expert, notificationOf("MESSAGE", this.expert)), Optional::isPresent)
			.orElseThrow();
		byte[] messagePdf = pdfOf(messageFax);
		assertThat(pdfText(messagePdf)).contains("Room change")
			.contains("The meeting moves to room C.")
			.contains(this.coordinator.displayName())
			.contains("ECS-P-" + this.expert.id())
			.doesNotContain("ECS-D-0");
		await().until(() -> this.notices.find(message.id()).orElseThrow().fannedOutAt() != null);
		assertThat(this.notices.find(message.id()).orElseThrow().recipients()).isEqualTo(1);

		// the answer on that sheet is the expert's; the coordinator decides where it goes
		sendToBridge(bridge().composeFromPages(session(), bridgeMailbox(),
				List.of(this.paper.replySheetWithComment(messagePdf, List.of("Room C suits us."))),
				FaxResolution.NORMAL, "+254209999999", Instant.now()));
		ContributionRecord reply = await().atMost(OCR_WAIT)
			.until(() -> pendingFaxOf(this.expert), Optional::isPresent)
			.orElseThrow();
		assertThat(reply.discussionId()).isNull();
		assertThat(reply.authorId()).isEqualTo(this.expert.id());
		assertThat(reply.factsJson()).contains("\"fax.routedBy\": \"qr\"");
	}

	/** The expert's fax waiting for review, wherever it was routed. */
	private Optional<ContributionRecord> pendingFaxOf(Participant from) {
		return this.jdbc
			.sql("select id from contribution where channel = 'FAX' and author_id = ? and status = 'PENDING_REVIEW'")
			.param(from.id())
			.query(UUID.class)
			.optional()
			.flatMap(this.contributions::find);
	}

	private Optional<Long> notificationOf(String kind, Participant recipient) {
		return this.jdbc.sql("select id from notification where kind = ? and recipient_id = ?")
			.params(kind, recipient.id())
			.query(Long.class)
			.optional();
	}

	private Optional<MimeMessage> faxFor(Participant recipient, Optional<Long> notificationId) throws Exception {
		if (notificationId.isEmpty()) {
			return Optional.empty();
		}
		for (MimeMessage message : this.mailSandbox.getReceivedMessages()) {
			String[] header = message.getHeader(FaxOutboundMail.NOTIFICATION_HEADER);
			if (header != null && header[0].equals(String.valueOf(notificationId.get()))
					&& message.getAllRecipients()[0].toString().startsWith(recipient.faxNumber().substring(1))) {
				return Optional.of(message);
			}
		}
		return Optional.empty();
	}

	private static String pdfText(byte[] pdf) throws Exception {
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private ContributionStatus status(UUID id) {
		return this.contributions.find(id).map(ContributionRecord::status).orElse(null);
	}

	private DeliveryStatus faxStatus(long notificationId) {
		return this.notifications.delivery(notificationId, Channel.FAX).orElseThrow().status();
	}

	private Optional<ReviewItem> pendingFax(Participant from) {
		return this.review.pending(this.coordinator, null)
			.stream()
			.filter((item) -> item.channel() == Channel.FAX
					&& from.id() == (item.authorId() != null ? item.authorId() : -1))
			.findFirst();
	}

	private Optional<UUID> faxFrom(String number) {
		return this.jdbc.sql("select id from contribution where channel = 'FAX' and facts->>'fax.senderNumber' = ?")
			.param(number)
			.query(UUID.class)
			.optional();
	}

	private Optional<MimeMessage> faxTo(Participant recipient) throws Exception {
		for (MimeMessage message : this.mailSandbox.getReceivedMessages()) {
			for (var to : message.getAllRecipients()) {
				if (to.toString().equals(recipient.faxNumber().substring(1) + "@" + this.fax.gatewayDomain())) {
					return Optional.of(message);
				}
			}
		}
		return Optional.empty();
	}

	private static byte[] pdfOf(Part part) throws Exception {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				byte[] found = pdfOf(multipart.getBodyPart(i));
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		if (part.isMimeType("application/pdf")) {
			try (InputStream in = part.getInputStream()) {
				return in.readAllBytes();
			}
		}
		return null;
	}

	/** HylaFAX's notify mail for a completed job, with the subject ECS's mail carried. */
	private MimeMessage deliveryReport(long notificationId, String number) throws Exception {
		MimeMessage report = new MimeMessage(session());
		report.setFrom(new InternetAddress("HylaFAX Agent <fax-agent@" + this.mail.domain() + ">"));
		report.setRecipient(Message.RecipientType.TO, new InternetAddress(bridgeMailbox()));
		report.setSubject("facsimile job ECS-N-" + notificationId + " to " + number + " completed");
		report.setText("Your job to " + number + " was completed successfully.\n\n            Pages: 2\n");
		return report;
	}

	private void sendToBridge(MimeMessage message) throws Exception {
		message.saveChanges();
		this.mailSender.send(message);
	}

	private FaxBridgeMailComposer bridge() {
		return new FaxBridgeMailComposer("HylaFAX Agent <fax-agent@" + this.mail.domain() + ">", FaxResolution.NORMAL,
				this.fax.zone());
	}

	private int bridgeMailboxSize() throws Exception {
		var user = this.mailSandbox.getUserManager().getUserByEmail(bridgeMailbox());
		return this.mailSandbox.getManagers().getImapHostManager().getInbox(user).getMessageCount();
	}

	private String bridgeMailbox() {
		return this.fax.login(this.mail.domain());
	}

	private static Session session() {
		return Session.getInstance(new Properties());
	}

	/** The sandbox page takes images with square pixels, as a scanner makes them. */
	private static BufferedImage squarePixels(BufferedImage normal) {
		BufferedImage square = new BufferedImage(normal.getWidth(), normal.getHeight() * 2,
				BufferedImage.TYPE_BYTE_GRAY);
		var g = square.createGraphics();
		g.drawImage(normal, 0, 0, square.getWidth(), square.getHeight(), null);
		g.dispose();
		return square;
	}

	private static String newNumber() {
		return "+25420" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
	}

}
