package org.ecs.gateways.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.mail.MessagingException;
import org.apache.james.mime4j.codec.Base64InputStream;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;
import jakarta.mail.internet.MimeUtility;

/**
 * Lenient Content-Transfer-Encoding decoding: base64 and quoted-printable by mime4j
 * (silent about damage), uuencode and unknown names by ECS. Never throws; leaves
 * undecodable input as it came.
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

	/**
	 * mime4j's decoder, which skips what is not base64; the URL-safe alphabet a few web
	 * clients send is read as well.
	 */
	static byte[] base64(byte[] raw) {
		byte[] standard = raw.clone();
		for (int i = 0; i < standard.length; i++) {
			if (standard[i] == '-') {
				standard[i] = '+';
			}
			else if (standard[i] == '_') {
				standard[i] = '/';
			}
		}
		return read(new Base64InputStream(new ByteArrayInputStream(standard), DecodeMonitor.SILENT), raw);
	}

	/** mime4j's decoder, which keeps a stray '=' as it came. */
	static byte[] quotedPrintable(byte[] raw) {
		return read(new QuotedPrintableInputStream(new ByteArrayInputStream(raw), DecodeMonitor.SILENT), raw);
	}

	private static byte[] read(InputStream decoding, byte[] raw) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
		try (InputStream in = decoding) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			// what was decoded before the damage is kept
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
