package org.ecs.gateways.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import org.apache.james.mime4j.MimeException;

import org.ecs.gateways.mail.InboundMail.MailAddress;
import org.ecs.gateways.mail.InboundMail.MailAttachment;
import org.ecs.gateways.mail.InboundMail.ReportPart;

/**
 * Reads a raw RFC 5322 message into an {@link InboundMail}. It never throws on bad input:
 * whatever cannot be read is recorded in {@link InboundMail#problems()} and the rest is
 * kept, because a contribution from an expert must not be lost to a sloppy mail client.
 * The MIME structure is Apache mime4j's, read leniently per message ({@link MimeTree});
 * what is ECS's own is what it makes of it: which part is the text, attachments and
 * reports, charsets mislabelled or undeclared, encoded-words split mid-character.
 * Thread-safe.
 */
public final class MimeMailParser {

	private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");

	private static final Pattern BARE_ID = Pattern.compile("([^<>\\s,;]+@[^<>\\s,;]+)");

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+'=/!#$&*?^`{|}~-]+@[\\p{L}\\p{N}.-]+");

	private static final Pattern MEDIA_TYPE = Pattern
		.compile("^\\s*([a-zA-Z0-9!#$&^_.+-]+)\\s*/\\s*([a-zA-Z0-9!#$&^_.+-]+)");

	private static final List<String> REPORT_TYPES = List.of("message/delivery-status",
			"message/global-delivery-status", "message/feedback-report", "message/disposition-notification",
			"message/global-disposition-notification", "text/rfc822-headers", "message/rfc822-headers",
			"message/global-headers", "text/rfc822-header");

	public MimeMailParser() {
	}

	public InboundMail parse(InputStream in) throws IOException {
		return parse(in.readAllBytes());
	}

	public InboundMail parse(byte[] raw) {
		List<String> problems = new ArrayList<>();
		String digestKey = "sha256:" + sha256(raw);
		try {
			return read(MimeTree.parse(headerFirst(raw, problems)), digestKey, problems);
		}
		catch (IOException | MimeException | RuntimeException | StackOverflowError ex) {
			problems.add("unreadable message: " + ex);
			String text = storable(MailCharsets.decode(raw, ""), "text", problems);
			return new InboundMail(digestKey, null, null, List.of(), List.of(), List.of(), "", null, null, List.of(),
					text, null, false, List.of(), Map.of(), "text/plain", List.of(), problems);
		}
	}

	/**
	 * Drops what a strict parser would mistake for the body start: blank lines and mbox
	 * "From " separators before the first header.
	 */
	private static byte[] headerFirst(byte[] raw, List<String> problems) {
		int start = 0;
		while (true) {
			int end = lineEnd(raw, start);
			String line = new String(raw, start, Math.max(0, end - start), StandardCharsets.ISO_8859_1);
			boolean blank = line.isBlank() && end < raw.length;
			boolean mbox = line.startsWith("From ") && !line.contains(":");
			if (!(blank || mbox) || end >= raw.length) {
				break;
			}
			start = nextLine(raw, end);
		}
		if (start == 0) {
			return raw;
		}
		problems.add("skipped " + start + " bytes before the first header");
		byte[] rest = new byte[raw.length - start];
		System.arraycopy(raw, start, rest, 0, rest.length);
		return rest;
	}

	private static int lineEnd(byte[] raw, int from) {
		int i = from;
		while (i < raw.length && raw[i] != '\n' && raw[i] != '\r') {
			i++;
		}
		return i;
	}

	private static int nextLine(byte[] raw, int end) {
		if (end < raw.length && raw[end] == '\r' && end + 1 < raw.length && raw[end + 1] == '\n') {
			return end + 2;
		}
		return end + 1;
	}

	private InboundMail read(MimeTree.Node message, String digestKey, List<String> problems) {
		Map<String, List<String>> headers = headers(message, problems);
		String messageId = firstId(first(headers, "message-id"));
		String dedupeKey = (messageId != null) ? messageId : digestKey;
		MailAddress from = sender(first(headers, "from"));
		if (from == null) {
			from = sender(first(headers, "sender"));
		}
		if (from == null) {
			from = sender(first(headers, "return-path"));
		}
		List<String> to = addresses(rawHeaders(message, "To"));
		List<String> cc = addresses(rawHeaders(message, "Cc"));
		List<String> envelope = new ArrayList<>();
		for (String name : List.of("Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To")) {
			envelope.addAll(addresses(rawHeaders(message, name)));
		}
		String subject = first(headers, "subject");
		Instant date = date(first(headers, "date"), problems);
		String inReplyTo = firstId(first(headers, "in-reply-to"));
		List<String> references = ids(String.join(" ", headers.getOrDefault("references", List.of())));

		Body body = new Body(problems);
		walk(message, body, false, 0);
		String text = body.text.toString();
		boolean textFromHtml = false;
		if (text.isBlank() && body.html != null) {
			text = HtmlText.toText(body.html);
			textFromHtml = true;
		}
		String contentType = mediaType(message, problems);
		if (from != null) {
			from = new MailAddress(storable(from.address(), "sender's address", problems),
					storable(from.displayName(), "sender's name", problems));
		}
		return new InboundMail(dedupeKey, messageId, from, to, cc, envelope.stream().distinct().toList(),
				(subject == null) ? "" : storable(subject.strip(), "subject", problems), date, inReplyTo, references,
				storable(text, "text", problems), storable(body.html, "HTML", problems), textFromHtml,
				storableNames(body.attachments, problems), headers, contentType, body.reports, problems);
	}

	/** Without the control characters no person types; the mail keeps a note of them. */
	private static String storable(String text, String where, List<String> problems) {
		int removed = StorableText.count(text);
		if (removed == 0) {
			return text;
		}
		problems.add("removed " + removed + " control character(s) such as NUL from the " + where);
		return StorableText.clean(text);
	}

	private static List<MailAttachment> storableNames(List<MailAttachment> attachments, List<String> problems) {
		return attachments.stream()
			.map((a) -> (StorableText.count(a.fileName()) == 0) ? a
					: new MailAttachment(storable(a.fileName(), "file name", problems), a.declaredType(), a.content(),
							a.inline(), a.contentId()))
			.toList();
	}

	private static Map<String, List<String>> headers(MimeTree.Node part, List<String> problems) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String[] field : part.fields) {
			try {
				headers.computeIfAbsent(field[0], (key) -> new ArrayList<>())
					.add(EncodedWords.decode(field[1]).strip());
			}
			catch (RuntimeException ex) {
				problems.add("header " + field[0] + " unreadable: " + ex.getMessage());
			}
		}
		headers.replaceAll((name, values) -> List.copyOf(values));
		return headers;
	}

	private static String first(Map<String, List<String>> headers, String name) {
		List<String> values = headers.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	private static List<String> rawHeaders(MimeTree.Node part, String name) {
		return part.header(name);
	}

	private static String firstId(String value) {
		List<String> ids = ids(value);
		return ids.isEmpty() ? null : ids.get(0);
	}

	static List<String> ids(String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		List<String> ids = new ArrayList<>();
		Matcher bracketed = MESSAGE_ID.matcher(value);
		while (bracketed.find()) {
			ids.add(bracketed.group(1));
		}
		if (ids.isEmpty()) {
			Matcher bare = BARE_ID.matcher(value);
			while (bare.find()) {
				ids.add(bare.group(1));
			}
		}
		if (ids.isEmpty() && !value.isBlank()) {
			ids.add(value.strip());
		}
		return ids;
	}

	/** Reads the first mailbox of a From-like header, display name decoded. */
	static MailAddress sender(String decodedValue) {
		if (decodedValue == null || decodedValue.isBlank()) {
			return null;
		}
		String value = decodedValue.strip();
		int open = value.lastIndexOf('<');
		int close = value.lastIndexOf('>');
		if (open >= 0 && close > open) {
			String address = value.substring(open + 1, close).strip();
			String name = unquote(value.substring(0, open).strip());
			if (EMAIL.matcher(address).find() || !address.isEmpty()) {
				return new MailAddress(address, name.isEmpty() ? null : name);
			}
		}
		Matcher email = EMAIL.matcher(value);
		if (!email.find()) {
			return null;
		}
		String address = email.group();
		String rest = (value.substring(0, email.start()) + value.substring(email.end())).strip();
		rest = rest.replaceAll("^[(\"']+|[)\"']+$", "").strip();
		return new MailAddress(address, rest.isEmpty() ? null : rest);
	}

	private static String unquote(String name) {
		String result = name;
		if (result.length() >= 2 && result.startsWith("\"") && result.endsWith("\"")) {
			result = result.substring(1, result.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
		}
		return result.strip();
	}

	static List<String> addresses(List<String> rawValues) {
		List<String> result = new ArrayList<>();
		for (String raw : rawValues) {
			String value = EncodedWords.reinterpretRawBytes(raw).replaceAll("\\r?\\n", " ");
			try {
				for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
					if (address.getAddress() != null && address.getAddress().contains("@")) {
						result.add(address.getAddress().strip());
					}
				}
			}
			catch (AddressException | RuntimeException ex) {
				Matcher email = EMAIL.matcher(value);
				while (email.find()) {
					result.add(email.group());
				}
			}
		}
		return result.stream().distinct().toList();
	}

	private static Instant date(String value, List<String> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			Date date = new MailDateFormat().parse(value.strip());
			if (date != null) {
				return date.toInstant();
			}
		}
		catch (java.text.ParseException | RuntimeException ex) {
			// recorded below
		}
		problems.add("unreadable Date '" + value + "'");
		return null;
	}

	/** What the walk over the MIME tree collects. */
	private static final class Body {

		final StringBuilder text = new StringBuilder();

		String html;

		final List<MailAttachment> attachments = new ArrayList<>();

		final List<ReportPart> reports = new ArrayList<>();

		final List<String> problems;

		Body(List<String> problems) {
			this.problems = problems;
		}

		void appendText(String more) {
			if (more.isBlank()) {
				return;
			}
			if (!this.text.isEmpty()) {
				this.text.append("\n\n");
			}
			this.text.append(more);
		}

		void appendHtml(String more) {
			this.html = (this.html == null) ? more : this.html + "\n" + more;
		}

	}

	private static final int MAX_DEPTH = 40;

	private void walk(MimeTree.Node part, Body body, boolean inReport, int depth) {
		if (depth > MAX_DEPTH) {
			body.problems.add("MIME nesting deeper than " + MAX_DEPTH + " ignored");
			return;
		}
		String type = mediaType(part, body.problems);
		String disposition = disposition(part);
		String fileName = fileName(part);
		try {
			if (type.startsWith("multipart/")) {
				if (!part.multipart) {
					body.problems.add("multipart unreadable, read as text: no boundary found");
					body.appendText(text(part, body.problems));
				}
				else if (type.equals("multipart/alternative")) {
					alternative(part.children, body, inReport, depth);
				}
				else {
					boolean report = inReport || type.equals("multipart/report");
					for (MimeTree.Node child : part.children) {
						walk(child, body, report, depth + 1);
					}
				}
			}
			else if (REPORT_TYPES.contains(type)) {
				body.reports.add(new ReportPart(type, text(part, body.problems)));
			}
			else if (type.equals("message/rfc822") || type.equals("message/global")) {
				byte[] content = bytes(part, body.problems);
				if (inReport) {
					body.reports.add(new ReportPart(type, headerSection(content)));
				}
				else {
					body.attachments.add(new MailAttachment((fileName != null) ? fileName : "message.eml", type,
							content, false, contentId(part)));
				}
			}
			else if (isBodyText(type, disposition, fileName)) {
				if (type.equals("text/html")) {
					body.appendHtml(text(part, body.problems));
				}
				else {
					body.appendText(text(part, body.problems));
				}
			}
			else {
				boolean inline = "inline".equals(disposition) || (disposition == null && contentId(part) != null);
				body.attachments.add(new MailAttachment((fileName != null) ? fileName : defaultName(type, body), type,
						bytes(part, body.problems), inline, contentId(part)));
			}
		}
		catch (RuntimeException ex) {
			body.problems.add("part " + type + " unreadable: " + ex);
		}
	}

	private static boolean isBodyText(String type, String disposition, String fileName) {
		boolean text = type.equals("text/plain") || type.equals("text/html");
		return text && !"attachment".equals(disposition) && fileName == null;
	}

	/**
	 * Keeps one rendering of each: the plain text of the first that has one, the last
	 * HTML.
	 */
	private void alternative(List<MimeTree.Node> parts, Body body, boolean inReport, int depth) {
		String chosenText = null;
		String chosenHtml = null;
		for (MimeTree.Node part : parts) {
			Body alternative = new Body(body.problems);
			walk(part, alternative, inReport, depth + 1);
			if (chosenText == null && !alternative.text.toString().isBlank()) {
				chosenText = alternative.text.toString();
			}
			if (alternative.html != null) {
				chosenHtml = alternative.html;
			}
			body.attachments.addAll(alternative.attachments);
			body.reports.addAll(alternative.reports);
		}
		if (chosenText != null) {
			body.appendText(chosenText);
		}
		if (chosenHtml != null) {
			body.appendHtml(chosenHtml);
		}
	}

	private static String defaultName(String type, Body body) {
		int slash = type.indexOf('/');
		String subtype = (slash < 0) ? "bin" : type.substring(slash + 1).replaceAll("[^a-z0-9]", "");
		return "attachment-" + (body.attachments.size() + 1) + "." + (subtype.isEmpty() ? "bin" : subtype);
	}

	private static String headerSection(byte[] message) {
		String text = new String(message, StandardCharsets.ISO_8859_1);
		Matcher end = Pattern.compile("\\r?\\n\\r?\\n").matcher(text);
		String headers = end.find() ? text.substring(0, end.start()) : text;
		return EncodedWords.reinterpretRawBytes(headers);
	}

	static String mediaType(MimeTree.Node part, List<String> problems) {
		String raw = part.first("content-type");
		if (raw == null || raw.isBlank()) {
			return "text/plain";
		}
		Matcher matcher = MEDIA_TYPE.matcher(raw);
		if (!matcher.find()) {
			problems.add("bad Content-Type '" + raw + "' read as text/plain");
			return "text/plain";
		}
		return (matcher.group(1) + "/" + matcher.group(2)).toLowerCase(Locale.ROOT);
	}

	private static String parameter(MimeTree.Node part, String name) {
		String raw = part.first("content-type");
		if (raw == null) {
			return null;
		}
		try {
			String value = new ContentType(raw).getParameter(name);
			if (value != null) {
				return value;
			}
		}
		catch (jakarta.mail.internet.ParseException | RuntimeException ex) {
			// read it by hand below
		}
		Matcher matcher = Pattern.compile("(?i)[;\\s]" + Pattern.quote(name) + "\\s*=\\s*(\"([^\"]*)\"?|[^;\\s]*)")
			.matcher(raw);
		if (matcher.find()) {
			return (matcher.group(2) != null) ? matcher.group(2) : matcher.group(1);
		}
		return null;
	}

	private static String disposition(MimeTree.Node part) {
		String raw = part.first("content-disposition");
		if (raw == null) {
			return null;
		}
		String value = raw.strip().toLowerCase(Locale.ROOT);
		if (value.startsWith("attachment")) {
			return "attachment";
		}
		return value.startsWith("inline") ? "inline" : null;
	}

	private static String fileName(MimeTree.Node part) {
		String name = null;
		String disposition = part.first("content-disposition");
		if (disposition != null) {
			try {
				// RFC 2231 parameters (filename*=utf-8''…, continuations) decoded
				name = new ContentDisposition(disposition).getParameter("filename");
			}
			catch (jakarta.mail.internet.ParseException | RuntimeException ex) {
				// fall back to the Content-Type name parameter below
			}
		}
		if (name == null) {
			name = parameter(part, "name");
		}
		if (name == null || name.isBlank()) {
			return null;
		}
		String decoded = EncodedWords.decode(name).strip();
		// keep only the last path segment: a file name must never steer where a file goes
		decoded = decoded.substring(Math.max(decoded.lastIndexOf('/'), decoded.lastIndexOf('\\')) + 1);
		return decoded.isBlank() ? null : decoded;
	}

	private static String contentId(MimeTree.Node part) {
		String value = part.first("content-id");
		return (value == null) ? null : value.strip().replaceAll("^<|>$", "");
	}

	private static String text(MimeTree.Node part, List<String> problems) {
		byte[] content = bytes(part, problems);
		String charset = parameter(part, "charset");
		MailCharsets.Decoded decoded = MailCharsets.decodeReporting(content, charset);
		if (decoded.problem() != null) {
			problems.add(decoded.problem());
		}
		String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
		if ("flowed".equalsIgnoreCase(parameter(part, "format"))) {
			text = FlowedText.unflow(text, "yes".equalsIgnoreCase(parameter(part, "delsp")));
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static byte[] bytes(MimeTree.Node part, List<String> problems) {
		if (part.body == null) {
			return new byte[0];
		}
		String encoding = part.first("content-transfer-encoding");
		if (encoding != null) {
			int semicolon = encoding.indexOf(';');
			encoding = ((semicolon >= 0) ? encoding.substring(0, semicolon) : encoding).strip();
		}
		return TransferEncodings.decode(part.body, encoding, problems);
	}

	private static String sha256(byte[] raw) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

	static List<String> unmodifiable(List<String> list) {
		return Collections.unmodifiableList(list);
	}

}
