package org.ecs.routes.outbound;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The mail server ECS sends through outside the sandbox ({@code ECS_SMTP_HOST} …).
 *
 * @param host the SMTP server; empty in the sandbox, which brings its own
 * @param port 587 for submission with STARTTLS, 465 for implicit TLS, 25 for a relay
 * @param user the login; empty to send without logging in (a relay that trusts this
 * host), in which case ECS never tries AUTH
 * @param password the password of {@link #user}
 * @param security {@code starttls-required}, {@code starttls-when-offered}, {@code none}
 * or {@code implicit-tls} (SMTPS)
 * @param trustHosts hosts whose certificate is accepted without checking its chain or
 * name (a server with a self-signed certificate); empty to check every certificate
 * against the JVM's trust store and the host name
 * @param timeout how long connecting, reading and writing may take each
 */
@ConfigurationProperties("ecs.smtp")
@Validated
public record SmtpSettings(@DefaultValue("") String host, @DefaultValue("587") @Min(1) @Max(65535) int port,
		@DefaultValue("") String user, @DefaultValue("") String password,
		@DefaultValue("starttls-when-offered") @NotNull Security security, @DefaultValue("") String trustHosts,
		@DefaultValue("30s") @NotNull Duration timeout) {

	/** How the connection to the mail server is protected. */
	public enum Security {

		/** Plain SMTP: only for a server on this host or a trusted network. */
		NONE,

		/** STARTTLS when the server offers it, plain otherwise. */
		STARTTLS_WHEN_OFFERED,

		/** STARTTLS or no mail at all. */
		STARTTLS_REQUIRED,

		/** TLS from the first byte (SMTPS, usually port 465). */
		IMPLICIT_TLS

	}

	/** Whether ECS logs in: only when a user is set. */
	public boolean login() {
		return !this.user.isBlank();
	}

}
