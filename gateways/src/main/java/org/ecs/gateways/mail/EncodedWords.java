package org.ecs.gateways.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes header text: RFC 2047 encoded-words (also glued to other text, split inside a
 * multi-byte character, or with bad base64) and raw 8-bit RFC 6532 headers. Jakarta
 * Mail's decoder is strict about all three, which real mail is not.
 */
final class EncodedWords {

	private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?=");

	private static final Pattern BETWEEN_WORDS = Pattern.compile("[ \\t\\r\\n]*");

	private EncodedWords() {
	}

	static String decode(String raw) {
		if (raw == null) {
			return null;
		}
		String text = unfold(reinterpretRawBytes(raw));
		if (!text.contains("=?")) {
			return text;
		}
		Matcher m = WORD.matcher(text);
		StringBuilder out = new StringBuilder();
		int last = 0;
		String pendingCharset = null;
		ByteArrayOutputStream pending = new ByteArrayOutputStream();
		while (m.find()) {
			String gap = text.substring(last, m.start());
			String charset = m.group(1);
			int star = charset.indexOf('*');
			if (star > 0) {
				// RFC 2231 language suffix
				charset = charset.substring(0, star);
			}
			boolean adjacent = pendingCharset != null && BETWEEN_WORDS.matcher(gap).matches();
			if (pendingCharset != null && !(adjacent && pendingCharset.equalsIgnoreCase(charset))) {
				out.append(MailCharsets.decode(pending.toByteArray(), pendingCharset));
				pending.reset();
				pendingCharset = null;
			}
			if (!adjacent) {
				out.append(gap);
			}
			byte[] bytes = m.group(2).equalsIgnoreCase("b") ? base64(m.group(3)) : quoted(m.group(3));
			pending.writeBytes(bytes);
			pendingCharset = charset;
			last = m.end();
		}
		if (pendingCharset != null) {
			out.append(MailCharsets.decode(pending.toByteArray(), pendingCharset));
		}
		out.append(text.substring(last));
		return out.toString();
	}

	/**
	 * Jakarta Mail reads header bytes as ISO-8859-1; when those bytes are really UTF-8
	 * (RFC 6532, or a sloppy client) this gives the intended text back.
	 */
	static String reinterpretRawBytes(String raw) {
		boolean high = false;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c > 0xFF) {
				return raw;
			}
			high |= c >= 0x80;
		}
		if (!high) {
			return raw;
		}
		return MailCharsets.decode(raw.getBytes(StandardCharsets.ISO_8859_1), "");
	}

	private static String unfold(String raw) {
		return raw.replaceAll("\\r?\\n(?=[ \\t])", "").replace("\r", "").replace("\n", " ");
	}

	private static byte[] base64(String text) {
		String clean = text.replaceAll("[^A-Za-z0-9+/]", "");
		int remainder = clean.length() % 4;
		if (remainder == 1) {
			clean = clean.substring(0, clean.length() - 1);
		}
		try {
			return Base64.getDecoder().decode(clean + "==".substring(0, (4 - clean.length() % 4) % 4));
		}
		catch (IllegalArgumentException ex) {
			return text.getBytes(StandardCharsets.US_ASCII);
		}
	}

	private static byte[] quoted(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '_') {
				out.write(' ');
			}
			else if (c == '=' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
				out.write(Integer.parseInt(text.substring(i + 1, i + 3).toUpperCase(Locale.ROOT), 16));
				i += 2;
			}
			else {
				out.write(c > 0xFF ? '?' : c);
			}
		}
		return out.toByteArray();
	}

	private static boolean isHex(char c) {
		return Character.digit(c, 16) >= 0;
	}

}
