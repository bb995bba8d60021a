package org.ecs.gateways.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * A generated reply of {@link WorldReplies} as its client sends it over the wire: in the
 * charset the client uses for the language (GB2312, Big5, ISO-2022-JP, Shift_JIS,
 * ks_c_5601-1987, EUC-KR, KOI8-R, KOI8-U, windows-1251, windows-1256, ISO-8859-2/-9/-1,
 * UTF-8 when the text needs it), with the client's transfer encoding (quoted-printable,
 * base64, 7bit, 8bit) and, for Thunderbird and Apple's clients, format=flowed (with
 * delsp=yes for Apple's).
 */
final class WorldMail {

	private static final Set<String> OUTLOOK = Set.of("Outlook desktop", "Outlook web");

	private WorldMail() {
	}

	/** The charset label the client declares for {@code c}. */
	static String charset(ClientReplies.Case c) {
		String client = c.client();
		boolean outlook = OUTLOOK.contains(client);
		String label = switch (c.language()) {
			case "zh" -> (outlook || Set.of("QQ Mail", "NetEase").contains(client)) ? "gb2312" : "utf-8";
			case "zh-TW" -> (outlook || client.equals("Yahoo")) ? "big5" : "utf-8";
			case "ja" -> (outlook || Set.of("Thunderbird", "Apple Mail", "iOS Mail", "Yahoo").contains(client))
					? ((c.html() != null) ? "shift_jis" : "iso-2022-jp") : "utf-8";
			case "ko" -> outlook ? "ks_c_5601-1987"
					: Set.of("Thunderbird", "Apple Mail", "iOS Mail").contains(client) ? "euc-kr" : "utf-8";
			case "ru" -> Set.of("Mail.ru", "Yandex", "Thunderbird").contains(client) ? "koi8-r"
					: outlook ? "windows-1251" : "utf-8";
			case "uk" -> Set.of("Mail.ru", "Yandex").contains(client) ? "koi8-u" : outlook ? "windows-1251" : "utf-8";
			case "ar", "fa" -> (outlook || client.equals("Thunderbird")) ? "windows-1256" : "utf-8";
			case "tr" -> (outlook || client.equals("Thunderbird")) ? "iso-8859-9" : "utf-8";
			case "pl" ->
				(outlook || client.equals("Thunderbird") || client.equals("GroupWise")) ? "iso-8859-2" : "utf-8";
			case "fr", "es", "pt", "it", "de", "id" ->
				(outlook || Set.of("Lotus Notes", "GroupWise", "Zimbra").contains(client)) ? "iso-8859-1"
						: client.equals("Thunderbird") ? "windows-1252" : "utf-8";
			case "en" -> (outlook || Set.of("Lotus Notes", "GroupWise").contains(client)) ? "us-ascii" : "utf-8";
			default -> "utf-8";
		};
		// a client whose charset cannot write the text writes UTF-8
		return javaCharset(label).newEncoder().canEncode(body(c)) ? label : "utf-8";
	}

	static Charset javaCharset(String label) {
		return switch (label) {
			case "ks_c_5601-1987" -> Charset.forName("x-windows-949");
			case "shift_jis" -> Charset.forName("windows-31j");
			default -> Charset.forName(label);
		};
	}

	static String transfer(ClientReplies.Case c, String charset) {
		return switch (charset) {
			case "iso-2022-jp", "us-ascii" -> "7bit";
			case "koi8-r", "koi8-u" -> "8bit";
			case "gb2312", "big5", "ks_c_5601-1987", "euc-kr", "shift_jis" -> "base64";
			case "utf-8" -> switch (c.client()) {
				case "Gmail", "Apple Mail", "iOS Mail", "Thunderbird" -> "quoted-printable";
				case "Samsung Email", "Yahoo", "Outlook desktop", "Outlook web", "QQ Mail", "NetEase" -> "base64";
				default -> "8bit";
			};
			default -> "quoted-printable";
		};
	}

	static String body(ClientReplies.Case c) {
		return (c.text() != null) ? c.text() : c.html();
	}

	/** The whole message, CRLF line ends. */
	static byte[] message(ClientReplies.Case c, int number) {
		String charset = charset(c);
		String transfer = transfer(c, charset);
		boolean flowed = c.text() != null && Set.of("Thunderbird", "Apple Mail", "iOS Mail").contains(c.client());
		boolean delsp = flowed && !c.client().equals("Thunderbird");
		String text = body(c);
		if (flowed) {
			text = flow(text, delsp);
		}
		text = text.replace("\r\n", "\n").replace("\n", "\r\n");
		byte[] bytes = text.getBytes(javaCharset(charset));
		String type = ((c.text() != null) ? "text/plain" : "text/html") + "; charset=\"" + charset + "\""
				+ (flowed ? "; format=flowed" + (delsp ? "; delsp=yes" : "") : "");
		String head = "From: " + ClientReplies.ME + " <" + ClientReplies.MY_ADDRESS + ">\r\nTo: "
				+ ClientReplies.ECS_ADDRESS + "\r\nSubject: Re: [ECS] Draft 3: water quality\r\n"
				+ "Date: Thu, 19 Nov 2026 09:00:00 +0100\r\nMessage-ID: <world-" + number
				+ "@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: " + type + "\r\nContent-Transfer-Encoding: "
				+ transfer + "\r\n\r\n";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(switch (transfer) {
			case "base64" -> Base64.getMimeEncoder().encode(bytes);
			case "quoted-printable" -> quotedPrintable(bytes);
			default -> bytes;
		});
		out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	/**
	 * RFC 3676: lines longer than 60 characters broken at spaces, each part but the last
	 * ending in a space (two with delsp=yes, one of which goes on reading); quoted lines
	 * keep their quote marks on every part.
	 */
	static String flow(String text, boolean delsp) {
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			int depth = 0;
			while (depth < line.length() && line.charAt(depth) == '>') {
				depth++;
			}
			String rest = (depth > 0) ? line.substring(depth).stripLeading() : line;
			// an empty quoted line is ">" alone: "> " would be a soft break
			String prefix = (depth == 0) ? "" : rest.isEmpty() ? ">".repeat(depth) : ">".repeat(depth) + " ";
			if (depth == 0 && (rest.startsWith(" ") || rest.startsWith("From "))) {
				rest = " " + rest;
			}
			while (rest.length() > 60 && rest.indexOf(' ', 40) > 0 && rest.indexOf(' ', 40) < rest.length() - 1
					&& !rest.equals("-- ")) {
				int cut = rest.indexOf(' ', 40);
				out.append(prefix).append(rest, 0, cut + 1).append(delsp ? " " : "").append('\n');
				rest = rest.substring(cut + 1);
			}
			out.append(prefix).append(rest.stripTrailing().equals("--") ? rest : rest.stripTrailing()).append('\n');
		}
		return out.substring(0, out.length() - 1);
	}

	static byte[] quotedPrintable(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int column = 0;
		for (int i = 0; i < bytes.length; i++) {
			int b = bytes[i] & 0xff;
			if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
				out.write('\r');
				out.write('\n');
				i++;
				column = 0;
				continue;
			}
			boolean lineEnd = i + 1 == bytes.length || bytes[i + 1] == '\r';
			boolean plain = b >= 33 && b <= 126 && b != '=' || (b == ' ' && !lineEnd);
			String piece = plain ? String.valueOf((char) b) : String.format("=%02X", b);
			if (column + piece.length() > 75) {
				out.writeBytes("=\r\n".getBytes(StandardCharsets.US_ASCII));
				column = 0;
			}
			out.writeBytes(piece.getBytes(StandardCharsets.US_ASCII));
			column += piece.length();
		}
		return out.toByteArray();
	}

}
