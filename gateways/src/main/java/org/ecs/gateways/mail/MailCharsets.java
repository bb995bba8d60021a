package org.ecs.gateways.mail;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Turns bytes from a mail part or encoded-word into text whatever the sender declared.
 * Mail in the wild mislabels charsets (UTF-8 sent as Big5 or ISO-8859-1), names charsets
 * the JDK does not know (UTF-7, ks_c_5601-1987) or names none: decoding never fails, it
 * falls back and says so. Undeclared 8-bit text that is not UTF-8 is detected (ICU)
 * rather than assumed Western.
 */
final class MailCharsets {

	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("iso-8859-1", "windows-1252"),
			Map.entry("latin1", "windows-1252"), Map.entry("us-ascii", "windows-1252"),
			Map.entry("ascii", "windows-1252"), Map.entry("gb2312", "GB18030"), Map.entry("gbk", "GB18030"),
			Map.entry("x-gbk", "GB18030"), Map.entry("ks_c_5601-1987", "x-windows-949"),
			Map.entry("ks_c_5601", "x-windows-949"), Map.entry("euc-kr", "x-windows-949"),
			Map.entry("shift_jis", "windows-31j"), Map.entry("x-sjis", "windows-31j"), Map.entry("sjis", "windows-31j"),
			Map.entry("big5", "Big5-HKSCS"), Map.entry("utf8", "UTF-8"), Map.entry("iso-8859-8-i", "ISO-8859-8"),
			Map.entry("cp-850", "IBM850"), Map.entry("8bit", "UTF-8"));

	private MailCharsets() {
	}

	/** The decoded text and whether the declared charset had to be overridden. */
	record Decoded(String text, String charsetUsed, String problem) {
	}

	static String decode(byte[] bytes, String declared) {
		return decodeReporting(bytes, declared).text();
	}

	static Decoded decodeReporting(byte[] bytes, String declared) {
		String label = normalise(declared);
		if (isUtf7(label)) {
			return new Decoded(Utf7.decode(bytes), "UTF-7", null);
		}
		boolean hasHighBytes = hasHighBytes(bytes);
		if (!hasHighBytes) {
			if (label.startsWith("utf-16") || label.startsWith("utf-32") || label.startsWith("iso-2022")
					|| label.startsWith("hz")) {
				Charset charset = lookup(label);
				if (charset != null) {
					return new Decoded(new String(bytes, charset), charset.name(), null);
				}
			}
			return new Decoded(new String(bytes, StandardCharsets.US_ASCII), "US-ASCII", null);
		}
		// Valid UTF-8 with multi-byte sequences is almost never another charset's text,
		// so it
		// wins over a declared label: senders mislabel UTF-8 far more often than the
		// reverse.
		if (!label.startsWith("utf-16") && !label.startsWith("utf-32")) {
			String utf8 = strict(bytes, StandardCharsets.UTF_8);
			if (utf8 != null) {
				String problem = (label.isEmpty() || label.equals("utf-8")) ? null
						: "declared charset " + declared + " but content is UTF-8";
				return new Decoded(utf8, "UTF-8", problem);
			}
		}
		Charset charset = lookup(label);
		if (charset == null) {
			Charset detected = detect(bytes);
			String problem = label.isEmpty() ? null
					: "unknown charset " + declared + ", read as " + detected.name() + " (detected)";
			return new Decoded(new String(bytes, detected), detected.name(), problem);
		}
		String strictText = strict(bytes, charset);
		if (strictText != null) {
			return new Decoded(strictText, charset.name(), null);
		}
		return new Decoded(new String(bytes, charset), charset.name(),
				"malformed " + charset.name() + " bytes replaced");
	}

	/**
	 * The charset of undeclared 8-bit text, by ICU's statistics (Cyrillic, Arabic, Greek,
	 * Hebrew single-byte charsets, the Chinese, Japanese and Korean multi-byte ones);
	 * windows-1252 when ICU is unsure or finds a Western charset (short Western text is
	 * where it guesses worst).
	 */
	static Charset detect(byte[] bytes) {
		CharsetDetector detector = new CharsetDetector();
		detector.setText(bytes);
		CharsetMatch[] matches = detector.detectAll();
		for (CharsetMatch match : (matches != null) ? matches : new CharsetMatch[0]) {
			if (match.getConfidence() < MIN_CONFIDENCE) {
				break;
			}
			String name = match.getName();
			if (WESTERN.contains(name.toUpperCase(Locale.ROOT)) || name.startsWith("UTF-")) {
				break;
			}
			Charset charset = lookup(name);
			if (charset != null) {
				return charset;
			}
		}
		return WINDOWS_1252;
	}

	private static final int MIN_CONFIDENCE = 25;

	private static final java.util.Set<String> WESTERN = java.util.Set.of("ISO-8859-1", "WINDOWS-1252", "ISO-8859-2",
			"WINDOWS-1250");

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	static Charset lookup(String declared) {
		String label = normalise(declared);
		if (label.isEmpty()) {
			return null;
		}
		String alias = ALIASES.get(label);
		try {
			return Charset.forName(alias != null ? alias : label);
		}
		catch (IllegalArgumentException ex) {
			// the Java names of some charsets differ from the IANA labels mail uses
			if (label.startsWith("cp") || label.startsWith("win")) {
				String digits = label.replaceAll("\\D", "");
				if (!digits.isEmpty() && Charset.isSupported("windows-" + digits)) {
					return Charset.forName("windows-" + digits);
				}
			}
			return null;
		}
	}

	static boolean isUtf7(String declared) {
		String label = normalise(declared);
		return label.equals("utf-7") || label.equals("unicode-1-1-utf-7") || label.equals("x-utf-7")
				|| label.equals("utf7") || label.equals("csunicode11utf7");
	}

	private static String normalise(String declared) {
		if (declared == null) {
			return "";
		}
		String label = declared.trim().toLowerCase(Locale.ROOT);
		while (label.length() > 1 && (label.startsWith("\"") || label.startsWith("'"))) {
			label = label.substring(1);
		}
		while (label.length() > 0 && (label.endsWith("\"") || label.endsWith("'") || label.endsWith(";"))) {
			label = label.substring(0, label.length() - 1);
		}
		return label.trim();
	}

	private static boolean hasHighBytes(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0) {
				return true;
			}
		}
		return false;
	}

	private static String strict(byte[] bytes, Charset charset) {
		try {
			CharBuffer chars = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return chars.toString();
		}
		catch (CharacterCodingException | UnsupportedOperationException ex) {
			return null;
		}
	}

}
