package org.ecs.routes.mail;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.springframework.util.unit.DataSize;

/**
 * The ECS mailbox that replies, bounces and answers-to-answers arrive in, and what the
 * intake accepts from it. The defaults reach the embedded sandbox.
 *
 * @param enabled whether this instance polls the mailbox (every instance may: the
 * database keeps each mail to one of them)
 * @param protocol imap, imaps, pop3 or pop3s
 * @param host the IMAP or POP3 server
 * @param port its port; the sandbox's actual port wins when the sandbox runs and the
 * protocol is imap (the sandbox serves no POP3)
 * @param username the login; empty for the address of {@code ecs.mail.from}
 * @param password the password; empty for the login (the sandbox's convention)
 * @param folder the folder to poll (INBOX for POP3)
 * @param delay pause between polls
 * @param batch most mails taken per poll: fetched in one IMAP command and removed
 * together once all were handed on
 * @param handOnThreads how many of a poll's mails are kept, claimed and queued at once
 * (each mostly waits for the disk)
 * @param claimLease how long a poller's unconfirmed claim on a mail holds
 * @param consumers concurrent processors of received mail in this instance (each mostly
 * waits for the database and the broker)
 * @param attachmentTypes media types accepted as attachments ({@code type/*} for a whole
 * type), detected from the bytes
 * @param maxAttachment largest accepted file
 * @param maxAttachments largest sum of accepted files in one mail
 * @param maxUnpackedAttachment most a ZIP container (.docx, .xlsx, .odt, .zip) may unpack
 * to, measured before anything reads it
 * @param maxUnpackRatio most times its own size a ZIP container may unpack to
 * @param maxArchiveEntries most files a ZIP container may hold
 * @param trustedAuthservIds the authserv-ids of the organisation's receiving mail
 * servers, whose {@code Authentication-Results} (SPF, DKIM, DMARC) ECS believes; empty to
 * believe none (anyone can write that header)
 * @param requireAuthenticatedSender hold for review every reply whose From has no aligned
 * pass from a trusted server, not only those whose DMARC failed
 */
@ConfigurationProperties("ecs.mailbox")
@Validated
public record MailboxSettings(@DefaultValue("true") boolean enabled,
		@DefaultValue("imap") @Pattern(regexp = "imaps?|pop3s?") String protocol,
		@DefaultValue("127.0.0.1") String host, @DefaultValue("3143") @Min(0) @Max(65535) int port,
		@DefaultValue("") String username, @DefaultValue("") String password, @DefaultValue("INBOX") String folder,
		@DefaultValue("250ms") Duration delay, @DefaultValue("200") @Min(1) int batch,
		@DefaultValue("4") @Min(1) int handOnThreads, @DefaultValue("5m") Duration claimLease,
		@DefaultValue("4") @Min(1) int consumers, @DefaultValue( {
				"application/pdf", "image/png", "image/jpeg", "image/gif", "image/tiff", "text/plain",
				"application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"application/vnd.ms-powerpoint",
				"application/vnd.openxmlformats-officedocument.presentationml.presentation",
				"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
				"application/rtf" }) Set<String> attachmentTypes,
		@DefaultValue("10MB") DataSize maxAttachment, @DefaultValue("20MB") DataSize maxAttachments,
		@DefaultValue("100MB") DataSize maxUnpackedAttachment, @DefaultValue("100") int maxUnpackRatio,
		@DefaultValue("10000") int maxArchiveEntries, Set<String> trustedAuthservIds,
		@DefaultValue("false") boolean requireAuthenticatedSender){

	public MailboxSettings {
		trustedAuthservIds = (trustedAuthservIds == null) ? Set.of() : Set.copyOf(trustedAuthservIds);
	}
}
