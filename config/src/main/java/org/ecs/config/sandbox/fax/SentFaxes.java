package org.ecs.config.sandbox.fax;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.ecs.routes.fax.FaxSettings;
import org.springframework.util.DigestUtils;

/**
 * The faxes ECS sent, as the sandbox's stand-in for the email-to-fax gateway received
 * them: every mail to the gateway domain, newest first.
 */
class SentFaxes {

	private final GreenMail servers;

	private final String domain;

	SentFaxes(GreenMail servers, FaxSettings settings) {
		this.servers = servers;
		this.domain = "@" + settings.gatewayDomain().toLowerCase(Locale.ROOT);
	}

	List<SentFax> list() throws MessagingException, IOException {
		List<SentFax> faxes = new ArrayList<>();
		for (MimeMessage message : this.servers.getReceivedMessages()) {
			Optional<String> to = gatewayRecipient(message);
			if (to.isPresent()) {
				faxes.add(fax(message, to.get(), pdf(message)));
			}
		}
		faxes.sort(Comparator.comparing(SentFax::sentAt, Comparator.nullsLast(Comparator.reverseOrder())));
		return faxes;
	}

	/** The fax with this id and its PDF, so the caller can check whom it went to. */
	Optional<Found> find(String id) throws MessagingException, IOException {
		for (MimeMessage message : this.servers.getReceivedMessages()) {
			Optional<String> to = gatewayRecipient(message);
			if (to.isPresent() && id(message).equals(id)) {
				Optional<Pdf> pdf = pdf(message);
				return pdf.map((p) -> new Found(fax(message, to.get(), pdf), p));
			}
		}
		return Optional.empty();
	}

	private static SentFax fax(MimeMessage message, String to, Optional<Pdf> pdf) {
		try {
			return new SentFax(id(message), to, message.getSubject(),
					(message.getSentDate() != null) ? message.getSentDate().toInstant() : null,
					pdf.map(Pdf::name).orElse(null), pdf.map((p) -> p.bytes().length).orElse(0));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Optional<String> gatewayRecipient(MimeMessage message) throws MessagingException {
		Address[] recipients = message.getRecipients(Message.RecipientType.TO);
		if (recipients == null) {
			return Optional.empty();
		}
		for (Address address : recipients) {
			if (address instanceof InternetAddress internet
					&& internet.getAddress().toLowerCase(Locale.ROOT).endsWith(this.domain)) {
				return Optional.of(internet.getAddress());
			}
		}
		return Optional.empty();
	}

	/** Stable across requests: GreenMail keeps no ids of its own we could hand out. */
	private static String id(MimeMessage message) throws MessagingException {
		String messageId = message.getMessageID();
		return DigestUtils
			.md5DigestAsHex(((messageId != null) ? messageId : message.getSubject() + message.getSentDate())
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static Optional<Pdf> pdf(Part part) throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				Optional<Pdf> found = pdf(multipart.getBodyPart(i));
				if (found.isPresent()) {
					return found;
				}
			}
			return Optional.empty();
		}
		if (!part.isMimeType("application/pdf")) {
			return Optional.empty();
		}
		try (InputStream in = part.getInputStream()) {
			String name = (part.getFileName() != null) ? part.getFileName() : "fax.pdf";
			return Optional.of(new Pdf(name.replaceAll("[^A-Za-z0-9._-]", "_"), in.readAllBytes()));
		}
	}

	/** One fax mail the gateway received. */
	record SentFax(String id, String to, String subject, Instant sentAt, String pdfName, int pdfSize) {

		/** The number the fax went to: the gateway address's local part, in E.164. */
		public String number() {
			String local = this.to.substring(0, this.to.indexOf('@'));
			return local.startsWith("+") ? local : "+" + local;
		}

	}

	record Pdf(String name, byte[] bytes) {
	}

	record Found(SentFax fax, Pdf pdf) {
	}

}
