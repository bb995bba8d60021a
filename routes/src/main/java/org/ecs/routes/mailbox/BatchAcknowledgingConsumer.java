package org.ecs.routes.mailbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.mail.JavaMailSender;
import org.apache.camel.component.mail.MailConsumer;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.component.mail.MailMessage;
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
 * A batch's mails may go through the route on several threads at once: each one's hand-on
 * is a few durable writes (blob, claim, queue, confirmation) that mostly wait for the
 * disk, and waits overlap. The poll waits for all of them before it acknowledges.
 * <p>
 * A mail is acknowledged only after its exchange completed, which for the pollers means
 * its bytes are in the blob store, it is durably queued and its claim confirmed; a mail
 * whose exchange failed stays in the mailbox for the next poll. A mail left in the
 * mailbox by a lost acknowledgement is claimed already, so the next poll only removes it.
 */
class BatchAcknowledgingConsumer extends MailConsumer {

	private static final Logger log = LoggerFactory.getLogger(BatchAcknowledgingConsumer.class);

	private static final Flags DELETED = new Flags(Flags.Flag.DELETED);

	private final int handOnThreads;

	/** Whether a poll goes through the route as one exchange of {@link PolledMail}s. */
	private final boolean wholePoll;

	/** The current poll's mails whose exchanges completed. */
	private final List<Message> handedOn = Collections.synchronizedList(new ArrayList<>());

	/** The current poll's exchanges on the hand-on threads; the poll thread's only. */
	private final List<Future<?>> inFlight = new ArrayList<>();

	private ExecutorService handOn;

	BatchAcknowledgingConsumer(MailEndpoint endpoint, Processor processor, JavaMailSender sender, int handOnThreads,
			boolean wholePoll) {
		super(endpoint, processor, sender);
		this.handOnThreads = wholePoll ? 1 : Math.max(1, handOnThreads);
		this.wholePoll = wholePoll;
	}

	@Override
	protected void doStart() throws Exception {
		if (this.handOnThreads > 1) {
			this.handOn = getEndpoint().getCamelContext()
				.getExecutorServiceManager()
				.newFixedThreadPool(this, "mailbox hand-on", this.handOnThreads);
		}
		super.doStart();
	}

	@Override
	protected void doStop() throws Exception {
		super.doStop();
		if (this.handOn != null) {
			getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(this.handOn);
			this.handOn = null;
		}
	}

	@Override
	public int processBatch(Queue<Object> exchanges) throws Exception {
		if (this.wholePoll) {
			return processWholePoll(exchanges);
		}
		this.handedOn.clear();
		this.inFlight.clear();
		try {
			return super.processBatch(exchanges);
		}
		finally {
			awaitInFlight();
			acknowledge();
		}
	}

	/**
	 * The poll's mails (fetched in bulk already) go through the route as one exchange
	 * whose body is the list of their bytes; when it completed, they are all removed in
	 * one STORE; when it failed, all stay for the next poll. A mail whose bytes could not
	 * be read stays as well.
	 */
	private int processWholePoll(Queue<Object> exchanges) {
		List<Message> mails = new ArrayList<>(exchanges.size());
		List<PolledMail> polled = new ArrayList<>(exchanges.size());
		Object next;
		while ((next = exchanges.poll()) != null) {
			Exchange one = (Exchange) next;
			try {
				Message mail = ((MailMessage) one.getIn()).getOriginalMessage();
				polled.add(read(mail));
				mails.add(mail);
			}
			catch (MessagingException | IOException | RuntimeException ex) {
				getExceptionHandler().handleException("Mail not read; it stays in the mailbox", one, ex);
			}
			finally {
				releaseExchange(one, false);
			}
		}
		if (polled.isEmpty()) {
			return 0;
		}
		Exchange batch = createExchange(false);
		try {
			batch.getIn().setBody(polled);
			getProcessor().process(batch);
			if (batch.getException() != null) {
				getExceptionHandler().handleException(
						polled.size() + " mails not handed on; they stay in the mailbox for the next poll", batch,
						batch.getException());
				return 0;
			}
		}
		catch (Exception ex) {
			getExceptionHandler().handleException(
					polled.size() + " mails not handed on; they stay in the mailbox for the next poll", batch, ex);
			return 0;
		}
		finally {
			releaseExchange(batch, false);
		}
		this.handedOn.clear();
		this.handedOn.addAll(mails);
		acknowledge();
		return polled.size();
	}

	private static PolledMail read(Message mail) throws MessagingException, IOException {
		ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(mail.getSize(), 1024));
		mail.writeTo(raw);
		java.util.Date arrived = mail.getReceivedDate();
		return new PolledMail(raw.toByteArray(), (arrived != null) ? arrived.toInstant() : null);
	}

	@Override
	protected void processExchange(Exchange exchange) throws Exception {
		ExecutorService threads = this.handOn;
		if (threads == null) {
			super.processExchange(exchange);
			return;
		}
		this.inFlight.add(threads.submit(() -> {
			super.processExchange(exchange);
			return null;
		}));
	}

	/** The exchange completed: the mail may go, with the rest of the batch. */
	@Override
	protected void processCommit(Message mail, Exchange exchange) {
		exchange.removeProperty(MAIL_MESSAGE_UID);
		this.handedOn.add(mail);
	}

	private void awaitInFlight() {
		for (Future<?> exchange : this.inFlight) {
			try {
				exchange.get();
			}
			catch (ExecutionException ex) {
				// the exchange failed: its mail stays, its claim was given back
				getExceptionHandler().handleException("Mail not handed on", ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		this.inFlight.clear();
	}

	private void acknowledge() {
		Message[] mails;
		synchronized (this.handedOn) {
			mails = this.handedOn.toArray(Message[]::new);
			this.handedOn.clear();
		}
		if (mails.length == 0) {
			return;
		}
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
