package org.ecs.routes.mail;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import jakarta.mail.FetchProfile;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.component.mail.MailUidGenerator;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a poll's mails whole, in one IMAP FETCH per batch, the first time the mail
 * consumer asks for a mail's id. Without it every mail costs several round trips (its
 * headers for the id, its body, its flags, its arrival date), each of which a server with
 * Nagle's algorithm on (GreenMail) stalls by ~40 ms. The consumer asks for ids in mailbox
 * order before it processes anything, so the batch is in memory by then.
 */
class BulkFetch implements MailUidGenerator {

	private static final Logger log = LoggerFactory.getLogger(BulkFetch.class);

	private static final FetchProfile WHOLE = new FetchProfile();

	static {
		WHOLE.add(FetchProfile.Item.FLAGS);
		WHOLE.add(IMAPFolder.FetchProfileItem.INTERNALDATE);
		WHOLE.add(IMAPFolder.FetchProfileItem.MESSAGE);
	}

	private final int batch;

	/** Mails already fetched whole; weak, so closed folders' messages are forgotten. */
	private final Map<Message, Boolean> fetched = Collections.synchronizedMap(new WeakHashMap<>());

	BulkFetch(int batch) {
		this.batch = Math.max(1, batch);
	}

	@Override
	public String generateUuid(MailEndpoint endpoint, Message message) {
		try {
			prefetch(message);
			String id = MailKeys.messageId(first(message.getHeader("Message-ID")));
			return (id != null) ? id : "msn:" + message.getMessageNumber();
		}
		catch (MessagingException | RuntimeException ex) {
			// the id only labels the exchange; the poller keys on the bytes it reads
			log.debug("No id for mail {}: {}", message.getMessageNumber(), ex.toString());
			return "msn:" + message.getMessageNumber();
		}
	}

	private void prefetch(Message message) throws MessagingException {
		if (!(message.getFolder() instanceof IMAPFolder folder) || this.fetched.containsKey(message)) {
			return;
		}
		int from = message.getMessageNumber();
		int to = Math.min(folder.getMessageCount(), from + this.batch - 1);
		Message[] chunk = folder.getMessages(from, Math.max(from, to));
		folder.fetch(chunk, WHOLE);
		for (Message fetchedMessage : chunk) {
			this.fetched.put(fetchedMessage, Boolean.TRUE);
		}
	}

	private static String first(String[] values) {
		return (values == null || values.length == 0) ? null : values[0];
	}

}
