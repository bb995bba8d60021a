package org.ecs.config.sandbox;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Ports of the embedded mail sandbox (0 picks a free one).
 *
 * @param tcpNoDelay whether the sandbox's IMAP server turns Nagle's algorithm off, as
 * real IMAP servers do (off only to measure stock GreenMail)
 */
@ConfigurationProperties("ecs.sandbox")
@Validated
public record SandboxSettings(@DefaultValue("false") boolean enabled,
		@DefaultValue("3025") @Min(0) @Max(65535) int smtpPort, @DefaultValue("3143") @Min(0) @Max(65535) int imapPort,
		@DefaultValue("true") boolean tcpNoDelay) {
}
