package org.ecs.gateways.mail;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.ecs.gateways.mail.ReplyToken.Purpose;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notification through real SMTP and IMAP, then a reply built on it through the intake
 * logic.
 */
class NotificationRoundTripIT {

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(
			ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
		.withPerMethodLifecycle(false);

	@Test
	void shouldThreadParseTrimAndVerifyWhenAReplyAnswersANotification() throws Exception {
		greenMail.setUser("ann@state.example", "ann", "secret");
		ReplyToken tokens = new ReplyToken(Map.of(1, new byte[32]), 1, Duration.ofDays(90),
				NotificationMailComposerTest.CLOCK);
		String replyAddress = ReplyAddress.format("reply", tokens.issueReply(7, 42, 0), "ecs.org");
		String returnPath = ReplyAddress.format("bounce", tokens.issueBounce(7, 1001, 0), "ecs.org");
		NotificationMailComposer.Notification base = NotificationMailComposerTest.notification(Locale.FRENCH,
				"Le paragraphe 3 doit changer.");
		NotificationMailComposer.Notification notification = new NotificationMailComposer.Notification(base.recipient(),
				base.discussion(), base.comment(), base.notificationId(), replyAddress, returnPath, base.listId(),
				base.baseUrl(), "https://ecs.org/unsubscribe/7");

		Properties smtp = new Properties();
		smtp.setProperty("mail.smtp.host", "127.0.0.1");
		smtp.setProperty("mail.smtp.port", String.valueOf(greenMail.getSmtp().getPort()));
		Session session = Session.getInstance(smtp);
		Transport.send(NotificationMailComposerTest.composer(session).compose(notification));

		Properties imap = new Properties();
		Store store = Session.getInstance(imap).getStore("imap");
		store.connect("127.0.0.1", greenMail.getImap().getPort(), "ann", "secret");
		Folder inbox = store.getFolder("INBOX");
		inbox.open(Folder.READ_ONLY);
		assertThat(inbox.getMessageCount()).isEqualTo(1);
		MimeMessage received = new MimeMessage((MimeMessage) inbox.getMessage(1));
		inbox.close(false);
		store.close();

		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		received.writeTo(raw);
		InboundMail delivered = new MimeMailParser().parse(raw.toByteArray());
		String notificationId = NotificationMailComposerTest.IDS.notification(1001).replaceAll("[<>]", "");
		String rootId = NotificationMailComposerTest.IDS.discussionRoot(42).replaceAll("[<>]", "");
		assertThat(delivered.messageId()).isEqualTo(notificationId);
		assertThat(delivered.inReplyTo()).isEqualTo(rootId);
		assertThat(delivered.references()).containsExactly(rootId);
		assertThat(delivered.header("reply-to")).isEqualTo(replyAddress);
		assertThat(delivered.header("return-path")).contains(returnPath);
		assertThat(delivered.header("list-unsubscribe")).isEqualTo("<https://ecs.org/unsubscribe/7>");
		assertThat(delivered.text()).contains("Le paragraphe 3 doit changer.");
		AutoMailClassifier classifier = new AutoMailClassifier(Set.of("notify@ecs.org"), Set.of());
		assertThat(classifier.classify(delivered).kind()).isEqualTo(MailKind.OWN);

		// the expert answers the way a mail client does: text on top, the notification
		// quoted below
		MimeMessage reply = new MimeMessage(session);
		reply.setFrom(new InternetAddress("ann@state.example", "Ann Expert"));
		reply.setRecipients(Message.RecipientType.TO, received.getReplyTo());
		reply.setSubject("Re: " + received.getSubject(), "UTF-8");
		reply.setHeader("In-Reply-To", received.getMessageID());
		reply.setHeader("References", received.getHeader("References", null) + " " + received.getMessageID());
		String quoted = delivered.text().strip().replaceAll("(?m)^", "> ");
		reply.setText(
				"Je suis d'accord, avec une réserve.\n\nAnn\n\nLe 25 nov. 2026 à 10:00, ECS <notify@ecs.org> a écrit :\n"
						+ quoted + "\n",
				"UTF-8");
		reply.saveChanges();
		greenMail.setUser("reply@ecs.org", "reply", "secret");
		Transport.send(reply);
		MimeMessage[] inReplyBox = greenMail.getReceivedMessagesForDomain("ecs.org");
		assertThat(inReplyBox).hasSize(1);
		inReplyBox[0].setFlag(Flags.Flag.SEEN, true);

		InboundMail answer = new MimeMailParser().parse(GreenMailUtil.getWholeMessage(inReplyBox[0]).getBytes("UTF-8"));
		assertThat(classifier.classify(answer).kind()).isEqualTo(MailKind.HUMAN);
		assertThat(answer.references()).containsExactly(rootId, notificationId);
		assertThat(NotificationMailComposerTest.IDS.notificationOf(answer.inReplyTo())).hasValue(1001);
		assertThat(new ReplyTrimmer().trim(answer).replyWithoutSignature())
			.isEqualTo("Je suis d'accord, avec une réserve.\n\nAnn");
		ReplyAddress address = ReplyAddress.find(answer.allRecipients(), "reply", "ecs.org").orElseThrow();
		ReplyToken.Verification verification = tokens.verify(address.token(), Purpose.REPLY);
		assertThat(verification.isValid()).isTrue();
		assertThat(verification.claims().recipientId()).isEqualTo(7);
		assertThat(verification.claims().subjectId()).isEqualTo(42);
	}

}
