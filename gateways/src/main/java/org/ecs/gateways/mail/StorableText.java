package org.ecs.gateways.mail;

/**
 * Text as it may be stored and shown: without NUL (PostgreSQL refuses it in text, so a
 * mail with one would fail every retry and end in a dead-letter queue) nor the other C0
 * control characters a person never types; tabs and line breaks stay.
 */
public final class StorableText {

	private StorableText() {
	}

	/** The text without control characters, or null for null. */
	public static String clean(String text) {
		if (text == null || count(text) == 0) {
			return text;
		}
		StringBuilder clean = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isControl(c)) {
				clean.append(c);
			}
		}
		return clean.toString();
	}

	/** How many characters {@link #clean} removes. */
	public static int count(String text) {
		if (text == null) {
			return 0;
		}
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			if (isControl(text.charAt(i))) {
				count++;
			}
		}
		return count;
	}

	private static boolean isControl(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f;
	}

}
