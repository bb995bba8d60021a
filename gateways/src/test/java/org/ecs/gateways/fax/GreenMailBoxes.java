package org.ecs.gateways.fax;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;

/**
 * Real SMTP in and IMAP out through GreenMail on free loopback ports, so that several
 * modules' tests can run at once on one machine.
 */
final class GreenMailBoxes {

	private GreenMailBoxes() {
	}

	static GreenMailExtension server() {
		return new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP)).withPerMethodLifecycle(false);
	}

	/** A session that sends through the server's SMTP port. */
	static Session smtpSession(GreenMailExtension server) {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(server.getSmtp().getPort()));
		return Session.getInstance(properties);
	}

	/**
	 * Every message in a mailbox, fetched whole over IMAP and parsed locally (GreenMail
	 * creates a mailbox on first delivery, with the address as login and password).
	 */
	static List<MimeMessage> inbox(GreenMailExtension server, String address) throws MessagingException {
		Session session = Session.getInstance(new Properties());
		try (Store store = session.getStore("imap")) {
			store.connect("127.0.0.1", server.getImap().getPort(), address, address);
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			Message[] messages = inbox.getMessages();
			FetchProfile whole = new FetchProfile();
			whole.add(UIDFolder.FetchProfileItem.UID);
			inbox.fetch(messages, whole);
			List<MimeMessage> copies = new ArrayList<>();
			for (Message message : messages) {
				copies.add(new MimeMessage((MimeMessage) message));
			}
			inbox.close(false);
			return copies;
		}
	}

}
