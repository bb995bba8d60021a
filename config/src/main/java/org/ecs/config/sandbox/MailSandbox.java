package org.ecs.config.sandbox;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.ecs.routes.mailbox.ImapServerPort;
import org.ecs.routes.outbound.MailSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The embedded default's mail world: real SMTP and IMAP servers on localhost (GreenMail)
 * that accept mail for any address, so notifications can be read and answered without a
 * mail server. Every address is a mailbox with login = password = the address; replies to
 * {@code ecs+<token>@<domain>} land in the ECS mailbox that the intake polls.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ecs.sandbox.enabled", havingValue = "true")
@ConditionalOnClass(name = "com.icegreen.greenmail.util.GreenMail")
@EnableConfigurationProperties(SandboxSettings.class)
public class MailSandbox {

	@Bean(initMethod = "start", destroyMethod = "stop")
	SandboxMailServers sandboxMailServers(SandboxSettings settings, MailSettings mail) {
		SandboxMailServers servers = new SandboxMailServers(
				new ServerSetup[] { setup(settings.smtpPort(), ServerSetup.PROTOCOL_SMTP),
						setup(settings.imapPort(), ServerSetup.PROTOCOL_IMAP) },
				settings.tcpNoDelay());
		// the ECS mailbox exists before the first reply, so the intake can log in at once
		servers.setUser(mail.mailbox(), mail.mailbox(), mail.mailbox());
		return servers;
	}

	private static ServerSetup setup(int port, String protocol) {
		ServerSetup setup = new ServerSetup(port, "127.0.0.1", protocol);
		return port == 0 ? setup.dynamicPort() : setup;
	}

	@Bean
	JavaMailSender sandboxMailSender(GreenMail servers) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(servers.getSmtp().getPort());
		sender.setDefaultEncoding("UTF-8");
		return sender;
	}

	/** The intake polls the sandbox's IMAP server, on whatever port it got. */
	@Bean
	ImapServerPort sandboxImapPort(SandboxMailServers servers) {
		return servers::imapPort;
	}

}
