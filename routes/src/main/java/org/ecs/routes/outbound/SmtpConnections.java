package org.ecs.routes.outbound;

import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Keeps SMTP connections open between notifications: the outbound consumers each borrow
 * one, so a burst of notifications costs one connection per consumer instead of a
 * connect, greeting, authentication and quit per mail. A connection the server closed
 * while idle is replaced and the mail sent again on a fresh one.
 */
@Component
class SmtpConnections implements DisposableBean {

	private final JavaMailSender sender;

	private final BlockingDeque<Transport> idle = new LinkedBlockingDeque<>();

	SmtpConnections(JavaMailSender sender) {
		this.sender = sender;
	}

	void send(MimeMessage message) {
		if (!(this.sender instanceof JavaMailSenderImpl smtp)) {
			this.sender.send(message);
			return;
		}
		Transport pooled = this.idle.pollFirst();
		if (pooled != null) {
			try {
				pooled.sendMessage(message, message.getAllRecipients());
				this.idle.offerFirst(pooled);
				return;
			}
			catch (MessagingException ex) {
				// most likely closed by the server while idle: try once on a new one
				close(pooled);
			}
		}
		Transport fresh = null;
		try {
			fresh = connect(smtp);
			fresh.sendMessage(message, message.getAllRecipients());
			this.idle.offerFirst(fresh);
		}
		catch (MessagingException ex) {
			if (fresh != null) {
				close(fresh);
			}
			throw new MailSendException("Could not send " + subject(message) + ": " + ex.getMessage(), ex);
		}
	}

	private static Transport connect(JavaMailSenderImpl smtp) throws MessagingException {
		String protocol = (smtp.getProtocol() != null) ? smtp.getProtocol() : JavaMailSenderImpl.DEFAULT_PROTOCOL;
		Transport transport = smtp.getSession().getTransport(protocol);
		// no user, no login: a blank user would still make Jakarta Mail try AUTH, which a
		// server that offers AUTH answers with 535
		boolean login = smtp.getUsername() != null && !smtp.getUsername().isBlank();
		transport.connect(smtp.getHost(), smtp.getPort(), login ? smtp.getUsername() : null,
				login ? smtp.getPassword() : null);
		return transport;
	}

	private static String subject(MimeMessage message) {
		try {
			return "\"" + message.getSubject() + "\"";
		}
		catch (MessagingException ex) {
			return "a message";
		}
	}

	private static void close(Transport transport) {
		try {
			transport.close();
		}
		catch (MessagingException ex) {
			// it is being discarded either way
		}
	}

	@Override
	public void destroy() {
		Transport transport;
		while ((transport = this.idle.pollFirst()) != null) {
			close(transport);
		}
	}

}
