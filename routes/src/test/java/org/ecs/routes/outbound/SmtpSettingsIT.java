package org.ecs.routes.outbound;

import java.time.Duration;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * ECS's mail sender against real SMTP servers (GreenMail) that offer AUTH, as Postfix
 * does: without a user it never tries to log in, with one it does, and the TLS setting is
 * kept.
 */
class SmtpSettingsIT {

	@RegisterExtension
	static final GreenMailExtension open = new GreenMailExtension(patient(ServerSetupTest.SMTP))
		.withPerMethodLifecycle(false);

	@RegisterExtension
	static final GreenMailExtension withUsers = new GreenMailExtension(
			new ServerSetup[] { patient(ServerSetupTest.SMTP), patient(ServerSetupTest.SMTPS) })
		.withConfiguration(GreenMailConfiguration.aConfig().withUser("ecs@example.org", "ecs", "s3cret"))
		.withPerMethodLifecycle(false);

	@Test
	void shouldSendWithoutLoggingInWhenNoUserIsSetThoughTheServerOffersAuth() throws Exception {
		SmtpConnections smtp = new SmtpConnections(SmtpConfiguration
			.sender(settings(open.getSmtp().getPort(), "", "", SmtpSettings.Security.STARTTLS_WHEN_OFFERED)));
		smtp.send(mail(smtp, "no-login"));
		assertThat(open.getReceivedMessages()).extracting(MimeMessage::getSubject).contains("no-login");
		smtp.destroy();
	}

	@Test
	void shouldNotLogInWithABlankUserAsSpringsMailPropertiesLeaveIt() throws Exception {
		// spring.mail.username= gives "" rather than no user; Jakarta Mail then tried
		// AUTH
		JavaMailSenderImpl boot = new JavaMailSenderImpl();
		boot.setHost("127.0.0.1");
		boot.setPort(withUsers.getSmtp().getPort());
		boot.setUsername("");
		boot.setPassword("");
		SmtpConnections smtp = new SmtpConnections(boot);
		smtp.send(mail(smtp, "blank-user"));
		assertThat(withUsers.getReceivedMessages()).extracting(MimeMessage::getSubject).contains("blank-user");
		smtp.destroy();
	}

	@Test
	void shouldLogInWhenAUserIsSetAndFailClearlyOnAWrongPassword() throws Exception {
		SmtpConnections smtp = new SmtpConnections(SmtpConfiguration
			.sender(settings(withUsers.getSmtp().getPort(), "ecs", "s3cret", SmtpSettings.Security.NONE)));
		smtp.send(mail(smtp, "with-login"));
		assertThat(withUsers.getReceivedMessages()).extracting(MimeMessage::getSubject).contains("with-login");
		smtp.destroy();

		SmtpConnections wrong = new SmtpConnections(SmtpConfiguration
			.sender(settings(withUsers.getSmtp().getPort(), "ecs", "wrong", SmtpSettings.Security.NONE)));
		assertThatThrownBy(() -> wrong.send(mail(wrong, "wrong-password"))).isInstanceOf(MailSendException.class)
			.hasMessageContaining("535");
	}

	@Test
	void shouldSendOverImplicitTls() throws Exception {
		SmtpSettings tls = new SmtpSettings("127.0.0.1", withUsers.getSmtps().getPort(), "ecs", "s3cret",
				SmtpSettings.Security.IMPLICIT_TLS, "127.0.0.1", Duration.ofSeconds(10));
		JavaMailSenderImpl sender = SmtpConfiguration.sender(tls);
		assertThat(sender.getProtocol()).isEqualTo("smtps");
		SmtpConnections smtp = new SmtpConnections(sender);
		smtp.send(mail(smtp, "over-tls"));
		assertThat(withUsers.getReceivedMessages()).extracting(MimeMessage::getSubject).contains("over-tls");
		smtp.destroy();
	}

	@Test
	void shouldRefuseToSendInClearWhenStartTlsIsRequiredAndNotOffered() {
		SmtpConnections smtp = new SmtpConnections(SmtpConfiguration
			.sender(settings(open.getSmtp().getPort(), "", "", SmtpSettings.Security.STARTTLS_REQUIRED)));
		assertThatThrownBy(() -> smtp.send(mail(smtp, "must-not-leave"))).isInstanceOf(MailSendException.class)
			.hasMessageContaining("STARTTLS");
		assertThat(open.getReceivedMessages()).extracting(MimeMessage::getSubject).doesNotContain("must-not-leave");
	}

	/** A free port, and time to start on a busy machine (SMTPS makes its key first). */
	private static ServerSetup patient(ServerSetup setup) {
		ServerSetup copy = setup.dynamicPort();
		copy.setServerStartupTimeout(30_000);
		return copy;
	}

	private static SmtpSettings settings(int port, String user, String password, SmtpSettings.Security security) {
		return new SmtpSettings("127.0.0.1", port, user, password, security, "", Duration.ofSeconds(10));
	}

	private static MimeMessage mail(SmtpConnections smtp, String subject) throws Exception {
		MimeMessage message = new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()));
		message.setFrom(new InternetAddress("ecs@example.org"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress("alice@example.org"));
		message.setSubject(subject);
		message.setText("Hello");
		message.saveChanges();
		return message;
	}

}
