package org.ecs.routes.mail;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.ecs.gateways.mail.MailClassification;
import org.ecs.gateways.mail.MailKind;
import org.ecs.routes.messaging.BatchedQueue;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class MailIntakeTest {

	final ReceivedMails codec = new ReceivedMails();

	final MailParsing parsing = mock(MailParsing.class);

	final MailTriage triage = mock(MailTriage.class);

	final SenderIdentification identification = mock(SenderIdentification.class);

	final ReplyExtraction extraction = mock(ReplyExtraction.class);

	final AttachmentIntake attachments = mock(AttachmentIntake.class);

	final EmailContributions contributions = mock(EmailContributions.class);

	final MailAnswers answers = mock(MailAnswers.class);

	final MailOutcomes outcomes = mock(MailOutcomes.class);

	final DocumentMails documents = mock(DocumentMails.class);

	/** How many transactions the intake opened. */
	final AtomicInteger transactions = new AtomicInteger();

	final MailIntake intake = new MailIntake(this.codec, this.parsing, this.triage, this.identification,
			this.extraction, this.attachments, this.contributions, this.answers, this.outcomes, this.documents,
			new TransactionOperations() {
				@Override
				public <T> T execute(TransactionCallback<T> action) {
					MailIntakeTest.this.transactions.incrementAndGet();
					return action.doInTransaction(null);
				}
			});

	@Test
	void shouldTakeEachMailOfABatchThroughTheStepsInOneTransaction() throws Exception {
		IntakeMail human = MailFixtures
			.intake(MailFixtures.mail("alice@example.org", List.of("ecs@ecs.localhost"), "We support the draft."));
		IntakeMail classified = human.classified(new MailClassification(MailKind.HUMAN, "a person", null), null);
		when(this.parsing.parse(any())).thenReturn(human);
		when(this.triage.classify(human)).thenReturn(classified);
		when(this.identification.identify(classified)).thenReturn(classified);
		when(this.extraction.trim(classified)).thenReturn(classified);
		when(this.attachments.accept(classified)).thenReturn(classified);
		when(this.contributions.submit(classified)).thenReturn(classified);
		when(this.answers.answer(classified)).thenReturn(classified);

		this.intake.handle(List.of(incoming(), incoming()));

		assertThat(this.transactions).hasValue(1);
		InOrder steps = inOrder(this.identification, this.extraction, this.attachments, this.contributions,
				this.answers, this.outcomes);
		steps.verify(this.identification).identify(classified);
		steps.verify(this.extraction).trim(classified);
		steps.verify(this.attachments).accept(classified);
		steps.verify(this.contributions).submit(classified);
		steps.verify(this.answers).answer(classified);
		steps.verify(this.outcomes).record(classified);
	}

	@Test
	void shouldOnlyRecordAMailNoPersonWrote() {
		IntakeMail bounce = MailFixtures
			.intake(MailFixtures.mail("mailer-daemon@example.org", List.of("ecs@ecs.localhost"), "Delivery failed."));
		IntakeMail classified = bounce.classified(new MailClassification(MailKind.BOUNCE, "a bounce", null), null);
		when(this.parsing.parse(any())).thenReturn(bounce);
		when(this.triage.classify(bounce)).thenReturn(classified);

		this.intake.handle(List.of(incoming()));

		verify(this.contributions, never()).submit(any());
		verify(this.outcomes).record(classified);
	}

	private BatchedQueue.Incoming incoming() {
		return new BatchedQueue.Incoming(
				this.codec.write(new ReceivedMail("m-1@example.org", "0".repeat(64), MailFixtures.NOW)), null, 1);
	}

}
