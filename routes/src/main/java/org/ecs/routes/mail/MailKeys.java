package org.ecs.routes.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key a mail is taken from the mailbox once by: its Message-ID, or the SHA-256 of its
 * bytes when it has none (as {@code MimeMailParser} keys its dedupe key).
 */
final class MailKeys {

	private static final Pattern BRACKETED = Pattern.compile("<([^<>\\s]+)>");

	private static final String MESSAGE_ID = "message-id:";

	private MailKeys() {
	}

	static String of(byte[] raw) {
		String id = messageId(messageIdHeader(raw));
		return (id != null) ? id : "sha256:" + sha256(raw);
	}

	/**
	 * The first Message-ID field of the header block (up to the first empty line), folded
	 * lines joined, or null. Read straight from the bytes: the poller keys every mail,
	 * and Jakarta Mail's {@code InternetHeaders} looks its stream provider up through the
	 * service loader each time.
	 */
	static String messageIdHeader(byte[] raw) {
		int start = 0;
		StringBuilder value = null;
		while (start < raw.length) {
			int end = start;
			while (end < raw.length && raw[end] != '\n') {
				end++;
			}
			int lineEnd = (end > start && raw[end - 1] == '\r') ? end - 1 : end;
			if (lineEnd == start) {
				break; // the empty line ends the header block
			}
			boolean continuation = raw[start] == ' ' || raw[start] == '\t';
			if (value != null) {
				if (!continuation) {
					break;
				}
				value.append(' ').append(new String(raw, start, lineEnd - start, StandardCharsets.ISO_8859_1).strip());
			}
			else if (!continuation && startsWithIgnoreCase(raw, start, lineEnd, MESSAGE_ID)) {
				value = new StringBuilder(new String(raw, start + MESSAGE_ID.length(),
						lineEnd - start - MESSAGE_ID.length(), StandardCharsets.ISO_8859_1)
					.strip());
			}
			start = end + 1;
		}
		return (value != null) ? value.toString() : null;
	}

	private static boolean startsWithIgnoreCase(byte[] raw, int from, int to, String prefix) {
		if (to - from < prefix.length()) {
			return false;
		}
		for (int i = 0; i < prefix.length(); i++) {
			if (Character.toLowerCase((char) (raw[from + i] & 0xff)) != prefix.charAt(i)) {
				return false;
			}
		}
		return true;
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
