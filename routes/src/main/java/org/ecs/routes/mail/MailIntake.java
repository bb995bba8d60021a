package org.ecs.routes.mail;

import java.util.List;

import org.ecs.routes.messaging.BatchedQueue;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The intake of received mail, a batch at a time: each mail of the batch goes through the
 * steps (parse → classify → identify → trim → attachments → contribution → answer →
 * record; a mail for the document module goes to it instead), and the batch's database
 * writes (contributions handed in through the outbox, outcomes recorded) commit in one
 * transaction. A step that throws fails the batch, which the broker redelivers; then each
 * mail goes alone, so a bad one ends in {@code DLQ.ecs.mail.received} by itself.
 */
class MailIntake implements BatchedQueue.Handler {

	private final ReceivedMails codec;

	private final MailParsing parsing;

	private final MailTriage triage;

	private final SenderIdentification identification;

	private final ReplyExtraction extraction;

	private final AttachmentIntake attachments;

	private final EmailContributions contributions;

	private final MailAnswers answers;

	private final MailOutcomes outcomes;

	private final DocumentMails documents;

	private final TransactionOperations transaction;

	MailIntake(ReceivedMails codec, MailParsing parsing, MailTriage triage, SenderIdentification identification,
			ReplyExtraction extraction, AttachmentIntake attachments, EmailContributions contributions,
			MailAnswers answers, MailOutcomes outcomes, DocumentMails documents, TransactionOperations transaction) {
		this.codec = codec;
		this.parsing = parsing;
		this.triage = triage;
		this.identification = identification;
		this.extraction = extraction;
		this.attachments = attachments;
		this.contributions = contributions;
		this.answers = answers;
		this.outcomes = outcomes;
		this.documents = documents;
		this.transaction = transaction;
	}

	@Override
	public List<BatchedQueue.Outgoing> handle(List<BatchedQueue.Incoming> batch) {
		this.transaction.executeWithoutResult((status) -> {
			for (BatchedQueue.Incoming in : batch) {
				take(in.body());
			}
		});
		return List.of();
	}

	/** One mail through the steps. */
	IntakeMail take(String body) {
		try {
			IntakeMail m = this.triage.classify(this.parsing.parse(this.codec.read(body)));
			if (m.isHuman()) {
				if (this.documents.isForDocuments(m)) {
					m = this.documents.receive(m);
				}
				else {
					m = this.identification.identify(m);
					m = this.extraction.trim(m);
					m = this.attachments.accept(m);
					m = this.contributions.submit(m);
					m = this.answers.answer(m);
				}
			}
			this.outcomes.record(m);
			return m;
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Mail not taken in: " + ex.getMessage(), ex);
		}
	}

}
