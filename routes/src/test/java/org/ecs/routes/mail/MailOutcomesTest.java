package org.ecs.routes.mail;

import java.util.List;
import java.util.UUID;

import org.ecs.core.mailbox.InboundMailOutcome;
import org.ecs.core.mailbox.InboundMails;
import org.ecs.gateways.mail.MailClassification;
import org.ecs.gateways.mail.MailKind;
import org.ecs.gateways.mail.RejectionMailComposer.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class MailOutcomesTest {

	final InboundMails mails = mock(InboundMails.class);

	final MailOutcomes outcomes = new MailOutcomes(this.mails);

	@Test
	void shouldRecordWhatBecameOfEachKindOfMail() {
		UUID id = UUID.randomUUID();

		assertThat(this.outcomes.record(mail(MailKind.HUMAN).submitted(id)))
			.extracting(InboundMailOutcome::outcome, InboundMailOutcome::contributionId)
			.containsExactly("SUBMITTED", id);
		assertThat(this.outcomes
			.record(mail(MailKind.HUMAN).refused(new IntakeMail.Refusal(Reason.DISCUSSION_CLOSED, "late"))))
			.extracting(InboundMailOutcome::outcome, InboundMailOutcome::reason)
			.containsExactly("REFUSED", "DISCUSSION_CLOSED");
		assertThat(this.outcomes.record(mail(MailKind.BOUNCE)).outcome()).isEqualTo("BOUNCE_RECORDED");
		InboundMailOutcome ignored = this.outcomes.record(mail(MailKind.AUTO_REPLY));
		assertThat(ignored.outcome()).isEqualTo("IGNORED");
		verify(this.mails).record(ignored);
	}

	@Test
	void shouldRecordFilesTakenForTheDocumentModuleAsSuchWhenTheMailBecameNoContribution() {
		IntakeMail documents = mail(MailKind.HUMAN).classified(new MailClassification(MailKind.HUMAN, "test", null),
				DocumentMails.TAKEN + "annex-ru.pdf → CTBT/PTS/INF.1234/Add.1 (ru)");
		IntakeMail nothing = mail(MailKind.HUMAN).classified(new MailClassification(MailKind.HUMAN, "test", null),
				"documents address, nothing taken: no file attached");

		assertThat(this.outcomes.record(documents).outcome()).isEqualTo("DOCUMENTS_TAKEN");
		assertThat(this.outcomes.record(nothing).outcome()).isEqualTo("REFUSED");
	}

	private static IntakeMail mail(MailKind kind) {
		return MailFixtures.intake(MailFixtures.mail("alice@example.org", List.of("ecs@ecs.localhost"), "x"))
			.classified(new MailClassification(kind, "test", null), "test");
	}

}
