package org.ecs.config.sandbox.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * What the sandbox's mail servers hold, read as a person's mail client would: the
 * messages addressed to one address, and one message's plain text.
 */
public final class SandboxMailbox {

	private final GreenMail servers;

	SandboxMailbox(GreenMail servers) {
		this.servers = servers;
	}

	/** Every message, newest first (for administrators). */
	List<Mail> all() throws MessagingException, IOException {
		return list(null);
	}

	/**
	 * Messages with this address among their recipients, newest first; none for an
	 * account without an address.
	 */
	List<Mail> to(String address) throws MessagingException, IOException {
		return (address == null || address.isBlank()) ? List.of() : list(address);
	}

	/** Whether this address is one of the message's recipients, compared whole. */
	static boolean isTo(MimeMessage m, String address) throws MessagingException {
		if (address == null || address.isBlank() || m.getAllRecipients() == null) {
			return false;
		}
		for (Address a : m.getAllRecipients()) {
			if (a instanceof InternetAddress internet && internet.getAddress() != null
					&& internet.getAddress().strip().equalsIgnoreCase(address.strip())) {
				return true;
			}
		}
		return false;
	}

	private List<Mail> list(String address) throws MessagingException, IOException {
		List<Mail> mails = new ArrayList<>();
		for (MimeMessage m : this.servers.getReceivedMessages()) {
			if (address == null || isTo(m, address)) {
				mails.add(mail(m));
			}
		}
		mails.sort(Comparator.comparing(Mail::sentAt, Comparator.nullsLast(Comparator.reverseOrder())));
		return mails;
	}

	Optional<MimeMessage> find(String id) throws MessagingException {
		for (MimeMessage m : this.servers.getReceivedMessages()) {
			if (id(m).equals(id)) {
				return Optional.of(m);
			}
		}
		return Optional.empty();
	}

	static Mail mail(MimeMessage m) throws MessagingException, IOException {
		return new Mail(id(m), addresses(m.getFrom()), addresses(m.getAllRecipients()), addresses(m.getReplyTo()),
				m.getSubject(), (m.getSentDate() != null) ? m.getSentDate().toInstant() : null, m.getMessageID(),
				text(m));
	}

	/**
	 * A stable name for a message: the servers renumber theirs as mailboxes are emptied.
	 */
	static String id(MimeMessage m) throws MessagingException {
		String key = (m.getMessageID() != null) ? m.getMessageID()
				: m.getSubject() + "|" + m.getSentDate() + "|" + addresses(m.getAllRecipients());
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The plain text a person reads (the first text/plain part). */
	static String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return String.valueOf(part.getContent());
		}
		if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String text = text(child);
				if (!text.isEmpty()) {
					return text;
				}
			}
		}
		return "";
	}

	static String addresses(Address[] addresses) {
		if (addresses == null) {
			return "";
		}
		List<String> all = new ArrayList<>();
		for (Address a : addresses) {
			all.add(a.toString());
		}
		return String.join(", ", all);
	}

	public record Mail(String id, String from, String to, String replyTo, String subject, Instant sentAt,
			String messageId, String text) {

		public boolean isReplyable() {
			return this.replyTo != null && !this.replyTo.isBlank();
		}

	}

}
