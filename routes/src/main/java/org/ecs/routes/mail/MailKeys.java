package org.ecs.routes.mail;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;

/**
 * The key a mail is taken from the mailbox once by: its Message-ID, or the SHA-256 of its
 * bytes when it has none (as {@code MimeMailParser} keys its dedupe key).
 */
final class MailKeys {

	private static final Pattern BRACKETED = Pattern.compile("<([^<>\\s]+)>");

	private MailKeys() {
	}

	static String of(byte[] raw) {
		try {
			String id = messageId(new InternetHeaders(new ByteArrayInputStream(raw)).getHeader("Message-ID", null));
			if (id != null) {
				return id;
			}
		}
		catch (MessagingException ex) {
			// headers unreadable: the bytes themselves are the identity
		}
		return "sha256:" + sha256(raw);
	}

	/** The id inside a Message-ID header value, or null when there is none. */
	static String messageId(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		Matcher bracketed = BRACKETED.matcher(header);
		return bracketed.find() ? bracketed.group(1) : header.strip();
	}

	static String sha256(byte[] raw) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
