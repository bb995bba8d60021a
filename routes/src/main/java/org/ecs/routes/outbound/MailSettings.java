package org.ecs.routes.outbound;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How ECS mail looks and where replies go.
 *
 * @param from the address notifications and answers come from; its mailbox is the one the
 * intake polls
 * @param domain the domain of message ids and reply addresses
 * @param baseUrl where the web UI is, for links in mail
 * @param zone the organisation's time zone, for dates in mail
 * @param replyLocalPart the mailbox of reply addresses {@code <local>+<token>@<domain>};
 * empty for the local part of {@link #from}
 * @param bounceLocalPart the mailbox of VERP return paths; empty for the same as replies
 * @param tokenKeys reply-token signing keys by version, base64, at least 32 bytes each;
 * empty to let ECS create one in the database (fine for one organisation's database, but
 * set them to rotate keys by hand)
 * @param tokenKeyVersion the key version new tokens are signed with
 * @param tokenValidity how long a reply token is accepted after the notification
 * @param senders concurrent SMTP senders (outbound queue consumers and pooled
 * connections)
 */
@ConfigurationProperties("ecs.mail")
@Validated
public record MailSettings(@DefaultValue("ECS <ecs@ecs.localhost>") @NotBlank String from,
		@DefaultValue("ecs.localhost") @NotBlank @Pattern(regexp = "[A-Za-z0-9.-]+") String domain,
		@DefaultValue("http://localhost:8080") @NotBlank @Pattern(regexp = "https?://\\S+") String baseUrl,
		@DefaultValue("UTC") @NotNull ZoneId zone, @DefaultValue("") String replyLocalPart,
		@DefaultValue("") String bounceLocalPart, Map<Integer, String> tokenKeys,
		@DefaultValue("0") @Min(0) @Max(255) int tokenKeyVersion, @DefaultValue("120d") @NotNull Duration tokenValidity,
		@DefaultValue("4") @Min(1) int senders) {

	/** Shortest reply-token key, in bytes. */
	static final int MIN_TOKEN_KEY = 32;

	public MailSettings {
		tokenKeys = (tokenKeys == null) ? Map.of() : Map.copyOf(tokenKeys);
		for (Map.Entry<Integer, String> key : tokenKeys.entrySet()) {
			String name = "ecs.mail.token-keys." + key.getKey();
			if (key.getKey() < 0 || key.getKey() > 255) {
				throw new IllegalArgumentException(name + ": key versions are 0 to 255");
			}
			byte[] bytes;
			try {
				bytes = Base64.getDecoder().decode(key.getValue().strip());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(name + " is not base64", ex);
			}
			if (bytes.length < MIN_TOKEN_KEY) {
				throw new IllegalArgumentException(name + " holds " + bytes.length + " bytes; a reply-token key needs "
						+ MIN_TOKEN_KEY + " (e.g. openssl rand -base64 32)");
			}
		}
		if (!tokenKeys.isEmpty() && !tokenKeys.containsKey(tokenKeyVersion)) {
			throw new IllegalArgumentException(
					"ecs.mail.token-key-version " + tokenKeyVersion + " has no key among ecs.mail.token-keys (versions "
							+ new java.util.TreeSet<>(tokenKeys.keySet()) + ")");
		}
	}

	public InternetAddress fromAddress() {
		try {
			return new InternetAddress(this.from, true);
		}
		catch (AddressException ex) {
			throw new IllegalStateException("ecs.mail.from is not an address: " + this.from, ex);
		}
	}

	/** The bare address of {@link #from}, lower-case. */
	public String mailbox() {
		return fromAddress().getAddress().toLowerCase(Locale.ROOT);
	}

	public String replyLocal() {
		return this.replyLocalPart.isBlank() ? mailbox().substring(0, mailbox().lastIndexOf('@'))
				: this.replyLocalPart.strip();
	}

	public String bounceLocal() {
		return this.bounceLocalPart.isBlank() ? replyLocal() : this.bounceLocalPart.strip();
	}

}
