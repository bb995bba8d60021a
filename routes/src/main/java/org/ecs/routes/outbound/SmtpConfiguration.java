package org.ecs.routes.outbound;

import java.util.Properties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail sender outside the sandbox, from {@code ecs.smtp.*}: TLS as the operator
 * chose, AUTH only with a user, timeouts so a hanging server cannot hold a consumer.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmtpSettings.class)
class SmtpConfiguration {

	@Bean
	@ConditionalOnExpression("!'${ecs.smtp.host:}'.isBlank()")
	JavaMailSenderImpl smtpMailSender(SmtpSettings settings) {
		return sender(settings);
	}

	static JavaMailSenderImpl sender(SmtpSettings settings) {
		boolean implicit = settings.security() == SmtpSettings.Security.IMPLICIT_TLS;
		String protocol = implicit ? "smtps" : "smtp";
		String p = "mail." + protocol + ".";
		Properties props = new Properties();
		props.setProperty("mail.transport.protocol", protocol);
		props.setProperty(p + "auth", String.valueOf(settings.login()));
		switch (settings.security()) {
			case STARTTLS_WHEN_OFFERED -> props.setProperty(p + "starttls.enable", "true");
			case STARTTLS_REQUIRED -> {
				props.setProperty(p + "starttls.enable", "true");
				props.setProperty(p + "starttls.required", "true");
			}
			case IMPLICIT_TLS -> props.setProperty(p + "ssl.enable", "true");
			case NONE -> props.setProperty(p + "starttls.enable", "false");
		}
		if (settings.security() != SmtpSettings.Security.NONE) {
			if (settings.trustHosts().isBlank()) {
				props.setProperty(p + "ssl.checkserveridentity", "true");
			}
			else {
				// the operator vouches for these hosts: neither chain nor name is checked
				props.setProperty(p + "ssl.trust", settings.trustHosts().replace(',', ' ').strip());
				props.setProperty(p + "ssl.checkserveridentity", "false");
			}
		}
		String millis = String.valueOf(settings.timeout().toMillis());
		props.setProperty(p + "connectiontimeout", millis);
		props.setProperty(p + "timeout", millis);
		props.setProperty(p + "writetimeout", millis);
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setProtocol(protocol);
		sender.setHost(settings.host());
		sender.setPort(settings.port());
		if (settings.login()) {
			sender.setUsername(settings.user());
			sender.setPassword(settings.password());
		}
		sender.setDefaultEncoding("UTF-8");
		sender.setJavaMailProperties(props);
		return sender;
	}

}
