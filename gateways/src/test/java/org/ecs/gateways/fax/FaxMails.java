package org.ecs.gateways.fax;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Sample gateway mails from the test resources, parsed as the mail gateway would. */
final class FaxMails {

	static final Session SESSION = Session.getInstance(new Properties());

	private FaxMails() {
	}

	static FaxBridgeMail load(String resource) {
		try (InputStream in = FaxMails.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No test mail " + resource);
			}
			return FaxBridgeMail.of(new MimeMessage(SESSION, in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
