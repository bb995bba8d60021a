package org.ecs.config.sandbox;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The embedded default's mail world: real SMTP and IMAP servers on localhost (GreenMail)
 * that accept mail for any address, so notifications can be read and answered without a
 * mail server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ecs.sandbox.enabled", havingValue = "true")
@EnableConfigurationProperties(SandboxSettings.class)
public class MailSandbox {

	@Bean(initMethod = "start", destroyMethod = "stop")
	GreenMail sandboxMailServers(SandboxSettings settings) {
		return new GreenMail(new ServerSetup[] { setup(settings.smtpPort(), ServerSetup.PROTOCOL_SMTP),
				setup(settings.imapPort(), ServerSetup.PROTOCOL_IMAP) });
	}

	private static ServerSetup setup(int port, String protocol) {
		ServerSetup setup = new ServerSetup(port, "127.0.0.1", protocol);
		return port == 0 ? setup.dynamicPort() : setup;
	}

	@Bean
	JavaMailSenderImpl sandboxMailSender(GreenMail servers) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(servers.getSmtp().getPort());
		sender.setDefaultEncoding("UTF-8");
		return sender;
	}

}
