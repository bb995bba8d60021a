package org.ecs.routes.mail;

import java.util.List;
import java.util.concurrent.ExecutorService;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mail.MailEndpoint;
import org.ecs.core.mailbox.InboundMails;
import org.ecs.core.outbox.Outbox;
import org.ecs.routes.mailbox.ImapServerPort;
import org.ecs.routes.mailbox.MailboxHandOn;
import org.ecs.routes.mailbox.PolledMail;
import org.ecs.routes.mailbox.PolledMailbox;
import org.ecs.routes.outbound.MailSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.ecs.routes.messaging.Steps.step;

/**
 * Email in. The poller fetches a poll's mails in bulk, keeps their raw bytes, and in one
 * database transaction records each mail as taken (once: keyed in the database) and
 * queues it on {@code ecs.mail.received} through the outbox ({@link MailboxHandOn}); only
 * then are the poll's mails deleted from the mailbox, in one go. Parsing happens later,
 * on the queue's consumers ({@link MailIntake}, in batches), never on the poller's
 * thread.
 */
@Component
class MailIntakeRoute extends RouteBuilder {

	private final MailboxSettings mailbox;

	private final MailSettings mail;

	private final ObjectProvider<ImapServerPort> sandbox;

	private final InboundMails inboundMails;

	private final MailOriginals originals;

	private final ReceivedMails codec;

	private final Outbox outbox;

	private final TransactionTemplate transaction;

	MailIntakeRoute(MailboxSettings mailbox, MailSettings mail, ObjectProvider<ImapServerPort> sandbox,
			InboundMails inboundMails, MailOriginals originals, ReceivedMails codec, Outbox outbox,
			PlatformTransactionManager transactions) {
		this.mailbox = mailbox;
		this.mail = mail;
		this.sandbox = sandbox;
		this.inboundMails = inboundMails;
		this.originals = originals;
		this.codec = codec;
		this.outbox = outbox;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void configure() throws Exception {
		ExecutorService writers = getContext().getExecutorServiceManager()
			.newFixedThreadPool(this, "mail hand-on", this.mailbox.handOnThreads());
		MailboxHandOn handOn = new MailboxHandOn(this.inboundMails, this.outbox, this.transaction,
				this.mailbox.claimLease(), MailQueues.RECEIVED, this::keep, writers);
		from(mailboxEndpoint()).routeId(MailQueues.POLL_ROUTE)
			.autoStartup(this.mailbox.enabled())
			.process(step(List.class, handOn::handOn))
			.log(LoggingLevel.DEBUG, "ECS mailbox: ${body.size} mails queued");
	}

	private MailboxHandOn.Kept keep(PolledMail mail) {
		ReceivedMail received = this.originals.keep(mail.raw(), mail.arrived());
		return new MailboxHandOn.Kept(received.mailKey(), this.codec.write(received));
	}

	private MailEndpoint mailboxEndpoint() {
		int port = ImapServerPort.choose(this.sandbox.getIfAvailable(), this.mailbox.protocol(), this.mailbox.port());
		String login = this.mailbox.username().isBlank() ? this.mail.mailbox() : this.mailbox.username();
		return PolledMailbox.wholePolls(getContext(), this.mailbox.protocol(), this.mailbox.host(), port,
				this.mailbox.folder(), login, this.mailbox.password(), this.mailbox.batch(), this.mailbox.delay());
	}

}
