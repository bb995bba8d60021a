package org.ecs.routes.outbound;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
public record MailSettings(@DefaultValue("ECS <ecs@ecs.localhost>") String from,
		@DefaultValue("ecs.localhost") String domain, @DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("UTC") ZoneId zone, @DefaultValue("") String replyLocalPart,
		@DefaultValue("") String bounceLocalPart, Map<Integer, String> tokenKeys,
		@DefaultValue("0") int tokenKeyVersion, @DefaultValue("120d") Duration tokenValidity,
		@DefaultValue("4") int senders) {

	public MailSettings {
		tokenKeys = (tokenKeys == null) ? Map.of() : Map.copyOf(tokenKeys);
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
