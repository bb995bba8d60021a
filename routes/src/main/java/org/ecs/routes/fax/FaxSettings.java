package org.ecs.routes.fax;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The fax gateway: the fax bridge's mailbox that received faxes and delivery reports
 * arrive in, the email-to-fax gateway faxes leave through, and what the fax PDF and its
 * reply sheet say. The defaults reach the embedded sandbox.
 *
 * @param enabled whether this instance polls the bridge mailbox and sends faxes
 * @param protocol imap, imaps, pop3 or pop3s
 * @param host the bridge mailbox's IMAP server
 * @param port its port; the sandbox's actual port wins when the sandbox runs
 * @param username the login; empty for {@code fax-bridge@<ecs.mail.domain>}
 * @param password the password; empty for the login (the sandbox's convention)
 * @param folder the folder to poll
 * @param delay pause between polls
 * @param batch most mails taken per poll
 * @param claimLease how long a poller's unconfirmed claim on a mail holds
 * @param replySheetKey the reply sheet HMAC key, base64, at least 16 bytes; empty only in
 * the embedded sandbox, which then uses a development key
 * @param replyFaxNumber the ECS fax number printed on the reply sheet
 * @param organisation the sender named in every fax page's header
 * @param gatewayAddress the email-to-fax gateway's address for a number, {@code {number}}
 * standing for it
 * @param plusInAddress whether the number keeps its {@code +} in that address; off by
 * default, since a mail server with plus-addressing reads {@code +4122...@} as an empty
 * mailbox with a detail
 * @param from the sender the gateway accepts faxes from
 * @param defaultRegion the region of fax numbers written without a country code
 * @param zone the time zone of dates printed on faxes and of the bridge's clock
 * @param ocrThreads pages recognised at once (one Tesseract engine each)
 * @param lowConfidence words Tesseract is less sure of than this (0-100) are marked for
 * the coordinator
 * @param consumers concurrent processors of received faxes in this instance
 * @param senders concurrent fax senders in this instance
 * @param maxUpload largest file the sandbox's "fax back" page accepts
 */
@ConfigurationProperties("ecs.fax")
public record FaxSettings(@DefaultValue("true") boolean enabled, @DefaultValue("imap") String protocol,
		@DefaultValue("127.0.0.1") String host, @DefaultValue("3143") int port, @DefaultValue("") String username,
		@DefaultValue("") String password, @DefaultValue("INBOX") String folder, @DefaultValue("500ms") Duration delay,
		@DefaultValue("20") int batch, @DefaultValue("5m") Duration claimLease, @DefaultValue("") String replySheetKey,
		@DefaultValue("+43 1 26030 6299") String replyFaxNumber,
		@DefaultValue("ECS - Experts Communication System") String organisation,
		@DefaultValue("{number}@fax.ecs.localhost") String gatewayAddress, @DefaultValue("false") boolean plusInAddress,
		@DefaultValue("ECS <fax@ecs.localhost>") String from, @DefaultValue("AT") String defaultRegion,
		@DefaultValue("UTC") ZoneId zone, @DefaultValue("2") int ocrThreads, @DefaultValue("60") int lowConfidence,
		@DefaultValue("1") int consumers, @DefaultValue("1") int senders, @DefaultValue("5MB") DataSize maxUpload) {

	/** The bridge mailbox's login. */
	public String login(String mailDomain) {
		return this.username.isBlank() ? "fax-bridge@" + mailDomain : this.username;
	}

	/** The domain faxes are mailed to, for the sandbox's list of sent faxes. */
	public String gatewayDomain() {
		return this.gatewayAddress.substring(this.gatewayAddress.lastIndexOf('@') + 1);
	}

}
