package org.ecs.config.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ports of the embedded mail sandbox (0 picks a free one).
 *
 * @param tcpNoDelay whether the sandbox's IMAP server turns Nagle's algorithm off, as
 * real IMAP servers do (off only to measure stock GreenMail)
 */
@ConfigurationProperties("ecs.sandbox")
public record SandboxSettings(@DefaultValue("false") boolean enabled, @DefaultValue("3025") int smtpPort,
		@DefaultValue("3143") int imapPort, @DefaultValue("true") boolean tcpNoDelay) {
}
