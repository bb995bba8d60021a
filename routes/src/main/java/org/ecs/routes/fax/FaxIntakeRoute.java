package org.ecs.routes.fax;

import jakarta.mail.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mail.MailEndpoint;
import org.ecs.routes.mailbox.ClaimedMailRepository;
import org.ecs.routes.mailbox.PolledMailbox;
import org.ecs.routes.mailbox.ImapServerPort;
import org.ecs.routes.messaging.Queues;

import org.ecs.routes.outbound.MailSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import static org.ecs.routes.messaging.Steps.step;

/**
 * Faxes in. The poller takes each mail of the fax bridge's mailbox once (an idempotent
 * repository in the database), keeps its raw bytes and queues it on
 * {@code ecs.fax.received}; only then is the mail deleted from the mailbox. The intake
 * wires the steps: triage → (a fax waits on {@code ecs.fax.waiting-ocr} while Tesseract
 * is missing, see {@link OcrAvailability}) → pages → reply sheet → sender's number → OCR
 * → the reply sheet's own print taken out → written reference → contribution → record;
 * delivery reports update the fax's delivery status, and mail that is neither is recorded
 * and left for an operator. A step that throws is retried by the broker with back-off and
 * ends in the dead-letter queue.
 */
@Component
@ConditionalOnProperty(name = "ecs.fax.enabled", havingValue = "true", matchIfMissing = true)
class FaxIntakeRoute extends RouteBuilder {

	private final FaxSettings settings;

	private final MailSettings mail;

	private final ObjectProvider<ImapServerPort> sandbox;

	private final FaxMails mails;

	private final FaxOriginals originals;

	private final FaxTriage triage;

	private final FaxPages pages;

	private final FaxRouting routing;

	private final FaxRecognition recognition;

	private final ReplySheetText replySheets;

	private final FaxContributions contributions;

	private final FaxOutcomes outcomes;

	private final OcrAvailability ocr;

	FaxIntakeRoute(FaxSettings settings, MailSettings mail, ObjectProvider<ImapServerPort> sandbox, FaxMails mails,
			FaxOriginals originals, FaxTriage triage, FaxPages pages, FaxRouting routing, FaxRecognition recognition,
			ReplySheetText replySheets, FaxContributions contributions, FaxOutcomes outcomes, OcrAvailability ocr) {
		this.settings = settings;
		this.mail = mail;
		this.sandbox = sandbox;
		this.mails = mails;
		this.originals = originals;
		this.triage = triage;
		this.pages = pages;
		this.routing = routing;
		this.recognition = recognition;
		this.replySheets = replySheets;
		this.contributions = contributions;
		this.outcomes = outcomes;
		this.ocr = ocr;
	}

	@Override
	public void configure() {
		PolledMailbox
			.takeOnce(
					from(mailboxEndpoint()).routeId(FaxQueues.POLL_ROUTE)
						.process(step(Message.class, this.originals::keep)),
					new ClaimedMailRepository(this.mails, this.settings.claimLease()), "Fax bridge")
			.process(step(ReceivedFaxMail.class, this.originals::write))
			.to(Queues.queue(FaxQueues.RECEIVED))
			.end();

		from(Queues.queue(FaxQueues.RECEIVED) + "?concurrentConsumers=" + this.settings.consumers())
			.routeId(FaxQueues.INTAKE_ROUTE)
			.process(step(String.class, this.originals::read))
			.process(step(ReceivedFaxMail.class, this.triage::read))
			.choice()
			.when((exchange) -> exchange.getIn().getBody() instanceof BridgeMail.Fax && this.ocr.mustWait())
			.process(step(BridgeMail.Fax.class, (fax) -> this.originals.write(fax.received())))
			.to(Queues.queue(FaxQueues.WAITING_FOR_OCR))
			.when(body().isInstanceOf(BridgeMail.Fax.class))
			.process(step(BridgeMail.Fax.class, this.pages::read))
			.process(step(FaxIntake.class, this.routing::byReplySheet))
			.process(step(FaxIntake.class, this.routing::bySender))
			.process(step(FaxIntake.class, this.recognition::recognise))
			.process(step(FaxIntake.class, this.replySheets::strip))
			.process(step(FaxIntake.class, this.routing::byReference))
			.process(step(FaxIntake.class, this.contributions::submit))
			.process(step(FaxIntake.class, this.outcomes::submitted))
			.when(body().isInstanceOf(BridgeMail.DeliveryReport.class))
			.process(step(BridgeMail.DeliveryReport.class, this.outcomes::report))
			.otherwise()
			.process(step(BridgeMail.Unrecognised.class, this.outcomes::unrecognised))
			.end();
	}

	private MailEndpoint mailboxEndpoint() {
		int port = ImapServerPort.choose(this.sandbox.getIfAvailable(), this.settings.protocol(), this.settings.port());
		return PolledMailbox.endpoint(getContext(), this.settings.protocol(), this.settings.host(), port,
				this.settings.folder(), this.settings.login(this.mail.domain()), this.settings.password(),
				this.settings.batch(), this.settings.delay());
	}

}
