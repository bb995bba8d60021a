package org.ecs.routes.mailbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.mail.JavaMailSender;
import org.apache.camel.component.mail.MailConsumer;
import org.apache.camel.component.mail.MailEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camel's mail consumer, except that a mail handed on is not removed on its own: the
 * poll's handed-on mails are flagged deleted together once the whole batch went through
 * the route, one IMAP STORE over a message set instead of one per mail (a server such as
 * GreenMail scans the folder for each STORE), and expunged when the folder closes at the
 * end of the poll. POP3 flags live in the client only: the POP3 folder sends DELE for
 * them and QUIT when it closes; a session that dies before QUIT removes nothing.
 * <p>
 * A mail is acknowledged only after its exchange completed, which for the pollers means
 * its bytes are in the blob store, it is durably queued and its claim confirmed; a mail
 * whose exchange failed stays in the mailbox for the next poll. A mail left in the
 * mailbox by a lost acknowledgement is claimed already, so the next poll only removes it.
 */
class BatchAcknowledgingConsumer extends MailConsumer {

	private static final Logger log = LoggerFactory.getLogger(BatchAcknowledgingConsumer.class);

	private static final Flags DELETED = new Flags(Flags.Flag.DELETED);

	/** The current poll's mails whose exchanges completed; the poll thread's only. */
	private final List<Message> handedOn = new ArrayList<>();

	BatchAcknowledgingConsumer(MailEndpoint endpoint, Processor processor, JavaMailSender sender) {
		super(endpoint, processor, sender);
	}

	@Override
	public int processBatch(Queue<Object> exchanges) throws Exception {
		this.handedOn.clear();
		try {
			return super.processBatch(exchanges);
		}
		finally {
			acknowledge();
		}
	}

	/** The exchange completed: the mail may go, with the rest of the batch. */
	@Override
	protected void processCommit(Message mail, Exchange exchange) {
		exchange.removeProperty(MAIL_MESSAGE_UID);
		this.handedOn.add(mail);
	}

	private void acknowledge() {
		if (this.handedOn.isEmpty()) {
			return;
		}
		Message[] mails = this.handedOn.toArray(Message[]::new);
		this.handedOn.clear();
		Folder folder = mails[0].getFolder();
		try {
			if (folder == null || !folder.isOpen()) {
				// the session ended under us: the next poll finds them claimed and
				// removes
				// them
				log.warn("{} mails handed on but left in {}: the folder closed", mails.length, folder);
				return;
			}
			if (getEndpoint().getConfiguration().isDelete()) {
				folder.setFlags(mails, DELETED, true);
			}
			else {
				folder.setFlags(mails, new Flags(Flags.Flag.SEEN), true);
			}
			log.debug("{} mails acknowledged in {}", mails.length, folder.getFullName());
		}
		catch (MessagingException | RuntimeException ex) {
			getExceptionHandler().handleException("Mails handed on but not removed from " + folder
					+ "; the next poll finds them claimed and removes them", ex);
		}
	}

}
