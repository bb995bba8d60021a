package org.ecs.config.mail;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A mail client of the sandbox: writes mail as a delegate's client would, sends it over
 * the sandbox's real SMTP server, and lists what reached an address.
 */
record SandboxSmtp(GreenMail sandbox) {

	MimeMessage message(String from, String to, String subject, String text) throws Exception {
		MimeMessage m = new MimeMessage(session());
		m.setFrom(new InternetAddress(from));
		m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		m.setSubject(subject, "UTF-8");
		m.setText(text, "UTF-8");
		return m;
	}

	/**
	 * Sends over SMTP as it is, with a Message-ID of ours unless it has one already (sent
	 * again, it keeps its id); returns the id.
	 */
	String send(MimeMessage m) throws Exception {
		if (m.getMessageID() == null) {
			m.saveChanges();
			m.setHeader("Message-ID", "<it-" + UUID.randomUUID() + "@test.example>");
		}
		try (Transport smtp = session().getTransport("smtp")) {
			smtp.connect();
			smtp.sendMessage(m, m.getAllRecipients());
		}
		return m.getMessageID().replaceAll("[<>]", "");
	}

	/** Sends these bytes to {@code to} exactly as written; returns their Message-ID. */
	String sendRaw(String to, byte[] raw) throws Exception {
		MimeMessage m = new MimeMessage(session(), new ByteArrayInputStream(raw));
		try (Transport smtp = session().getTransport("smtp")) {
			smtp.connect();
			smtp.sendMessage(m, new Address[] { new InternetAddress(to) });
		}
		return m.getMessageID().replaceAll("[<>]", "");
	}

	/** What reached this address (case ignored), in the order received. */
	List<MimeMessage> mailTo(String address) {
		return this.sandbox.findReceivedMessages((user) -> address.equalsIgnoreCase(user.getEmail()), (m) -> true)
			.toList();
	}

	private Session session() {
		Properties p = new Properties();
		p.setProperty("mail.smtp.host", "127.0.0.1");
		p.setProperty("mail.smtp.port", String.valueOf(this.sandbox.getSmtp().getPort()));
		return Session.getInstance(p);
	}

}
