package org.ecs.gateways.fax;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A mail from a fax gateway, reduced to the plain inputs the fax parsers read, so that
 * they work the same whether the mail came from IMAP, a Camel exchange or a test.
 *
 * @param subject the decoded subject, empty if none
 * @param from the From address as written, empty if none
 * @param headers header values by name, looked up without regard to case; a repeated
 * header keeps its first value
 * @param textBody the first text/plain part, decoded, else the first text/html part as
 * text, empty if none
 * @param attachments every non-text part and every part marked as an attachment
 */
public record FaxBridgeMail(String subject, String from, Map<String, String> headers, String textBody,
		List<FaxAttachment> attachments) {

	public FaxBridgeMail {
		subject = (subject != null) ? subject : "";
		from = (from != null) ? from : "";
		TreeMap<String, String> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		if (headers != null) {
			headers.forEach(caseless::putIfAbsent);
		}
		headers = Collections.unmodifiableMap(caseless);
		textBody = (textBody != null) ? textBody : "";
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	/**
	 * Reads a parsed MIME message into the parsers' inputs.
	 * @param message the mail as received
	 * @return its subject, sender, headers, text and attachments
	 * @throws MessagingException if the message cannot be read
	 * @throws IOException if a part cannot be decoded
	 */
	public static FaxBridgeMail of(MimeMessage message) throws MessagingException, IOException {
		Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		Enumeration<Header> all = message.getAllHeaders();
		while (all.hasMoreElements()) {
			Header header = all.nextElement();
			headers.putIfAbsent(header.getName(), decodeHeader(header.getValue()));
		}
		Address[] from = message.getFrom();
		String sender = (from != null && from.length > 0) ? from[0].toString() : "";
		StringBuilder text = new StringBuilder();
		StringBuilder html = new StringBuilder();
		List<FaxAttachment> attachments = new ArrayList<>();
		collect(message, text, html, attachments);
		String body = (!text.isEmpty() || html.isEmpty()) ? text.toString() : htmlToText(html.toString());
		return new FaxBridgeMail(message.getSubject(), sender, headers, body, attachments);
	}

	private static void collect(Part part, StringBuilder text, StringBuilder html, List<FaxAttachment> attachments)
			throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), text, html, attachments);
			}
			return;
		}
		boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
		if (!attachment && part.isMimeType("text/plain") && text.isEmpty()) {
			text.append(part.getContent());
			return;
		}
		if (!attachment && part.isMimeType("text/html") && html.isEmpty()) {
			html.append(part.getContent());
			return;
		}
		try (InputStream in = part.getInputStream()) {
			String name = (part.getFileName() != null) ? MimeUtility.decodeText(part.getFileName()) : "";
			attachments.add(new FaxAttachment(name, part.getContentType(), in.readAllBytes()));
		}
	}

	// commercial bridges often send HTML only; their "Pages: 2" lines must stay lines
	private static String htmlToText(String html) {
		Document document = Jsoup.parse(html);
		document.select("br").after("\n");
		document.select("p, div, tr, li, h1, h2, h3, h4, table").after("\n");
		return document.wholeText();
	}

	private static String decodeHeader(String raw) {
		try {
			return MimeUtility.decodeText(MimeUtility.unfold(raw));
		}
		catch (IOException ex) {
			return raw;
		}
	}

}
