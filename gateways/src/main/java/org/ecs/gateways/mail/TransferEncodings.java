package org.ecs.gateways.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeUtility;

/**
 * Lenient Content-Transfer-Encoding decoders. Jakarta Mail's decoders throw on unknown
 * encodings and stray characters unless JVM-wide system properties say otherwise; these
 * never throw and leave undecodable input as it came.
 */
final class TransferEncodings {

	private TransferEncodings() {
	}

	static byte[] decode(byte[] raw, String encoding, java.util.List<String> problems) {
		String name = (encoding == null) ? "" : encoding.trim().toLowerCase(Locale.ROOT);
		switch (name) {
			case "", "7bit", "8bit", "binary", "8bits", "7-bit", "8-bit" -> {
				return raw;
			}
			case "base64" -> {
				return base64(raw);
			}
			case "quoted-printable" -> {
				return quotedPrintable(raw);
			}
			case "x-uuencode", "uuencode", "x-uue" -> {
				return uudecode(raw, problems);
			}
			default -> {
				problems.add("unknown transfer encoding '" + encoding + "' read as 8bit");
				return raw;
			}
		}
	}

	static byte[] base64(byte[] raw) {
		ByteArrayOutputStream clean = new ByteArrayOutputStream(raw.length);
		for (byte b : raw) {
			if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '+' || b == '/') {
				clean.write(b);
			}
			else if (b == '-' || b == '_') {
				// url-safe alphabet sent by a few web clients
				clean.write(b == '-' ? '+' : '/');
			}
		}
		byte[] chars = clean.toByteArray();
		int usable = chars.length - (chars.length % 4 == 1 ? 1 : 0);
		try {
			return Base64.getDecoder().decode(java.util.Arrays.copyOf(chars, usable));
		}
		catch (IllegalArgumentException ex) {
			return Base64.getMimeDecoder().decode(java.util.Arrays.copyOf(chars, usable - usable % 4));
		}
	}

	static byte[] quotedPrintable(byte[] raw) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
		int i = 0;
		while (i < raw.length) {
			byte b = raw[i];
			if (b != '=') {
				out.write(b);
				i++;
				continue;
			}
			// soft line break, possibly with trailing blanks before it
			int j = i + 1;
			while (j < raw.length && (raw[j] == ' ' || raw[j] == '\t')) {
				j++;
			}
			if (j < raw.length && (raw[j] == '\r' || raw[j] == '\n')) {
				i = (raw[j] == '\r' && j + 1 < raw.length && raw[j + 1] == '\n') ? j + 2 : j + 1;
				continue;
			}
			if (j == raw.length) {
				i = j;
				continue;
			}
			if (i + 2 < raw.length && Character.digit(raw[i + 1], 16) >= 0 && Character.digit(raw[i + 2], 16) >= 0) {
				out.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
				i += 3;
				continue;
			}
			out.write(b);
			i++;
		}
		return out.toByteArray();
	}

	private static byte[] uudecode(byte[] raw, java.util.List<String> problems) {
		try (InputStream in = MimeUtility.decode(new ByteArrayInputStream(raw), "uuencode")) {
			return in.readAllBytes();
		}
		catch (IOException | MessagingException | RuntimeException ex) {
			problems.add("uuencoded part could not be decoded: " + ex.getMessage());
			return raw;
		}
	}

}
