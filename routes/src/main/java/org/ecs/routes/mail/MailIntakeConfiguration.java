package org.ecs.routes.mail;

import jakarta.jms.ConnectionFactory;
import org.ecs.routes.messaging.BatchedQueue;
import org.ecs.routes.review.RouteSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The intake of received mail on {@code ecs.mail.received}, in batches. */
@Configuration(proxyBeanMethods = false)
class MailIntakeConfiguration {

	@Bean
	BatchedQueue mailIntake(ConnectionFactory connections, MailboxSettings mailbox, RouteSettings pipeline,
			ReceivedMails codec, MailParsing parsing, MailTriage triage, SenderIdentification identification,
			ReplyExtraction extraction, AttachmentIntake attachments, EmailContributions contributions,
			MailAnswers answers, MailOutcomes outcomes, DocumentMails documents,
			PlatformTransactionManager transactions) {
		MailIntake intake = new MailIntake(codec, parsing, triage, identification, extraction, attachments,
				contributions, answers, outcomes, documents, new TransactionTemplate(transactions));
		return new BatchedQueue(MailQueues.INTAKE_ROUTE, connections, MailQueues.RECEIVED, mailbox.consumers(),
				pipeline.batch(), intake);
	}

}
