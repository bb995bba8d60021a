package org.ecs.gateways.mail;

/**
 * RFC 2152 UTF-7, which the JDK does not ship and some old clients still label their mail
 * with. Decoding is lenient: a bad shifted sequence ends the sequence, it never throws.
 */
final class Utf7 {

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

	private Utf7() {
	}

	static String decode(byte[] bytes) {
		StringBuilder out = new StringBuilder(bytes.length);
		int i = 0;
		while (i < bytes.length) {
			char c = (char) (bytes[i] & 0xFF);
			if (c != '+') {
				out.append(c);
				i++;
				continue;
			}
			i++;
			if (i < bytes.length && bytes[i] == '-') {
				out.append('+');
				i++;
				continue;
			}
			int bits = 0;
			int bitCount = 0;
			while (i < bytes.length) {
				int value = ALPHABET.indexOf((char) (bytes[i] & 0xFF));
				if (value < 0) {
					break;
				}
				bits = ((bits << 6) | value) & 0xFFFFFF;
				bitCount += 6;
				if (bitCount >= 16) {
					bitCount -= 16;
					out.append((char) ((bits >> bitCount) & 0xFFFF));
				}
				i++;
			}
			// the '-' closing a shifted sequence is absorbed, any other terminator is
			// text
			if (i < bytes.length && bytes[i] == '-') {
				i++;
			}
		}
		return out.toString();
	}

}
