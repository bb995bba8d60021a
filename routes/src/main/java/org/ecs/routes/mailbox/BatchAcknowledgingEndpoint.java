package org.ecs.routes.mailbox;

import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.component.mail.JavaMailSender;
import org.apache.camel.component.mail.MailComponent;
import org.apache.camel.component.mail.MailEndpoint;

/**
 * A mail endpoint configured as Camel's own, whose consumer hands a poll's mails on, on
 * as many threads as it is given, and then removes them in one go
 * ({@link BatchAcknowledgingConsumer}); or hands a whole poll on as one exchange.
 */
class BatchAcknowledgingEndpoint extends MailEndpoint {

	private final int handOnThreads;

	private final boolean wholePoll;

	BatchAcknowledgingEndpoint(MailEndpoint configured, int handOnThreads, boolean wholePoll) {
		super(configured.getEndpointUri(), (MailComponent) configured.getComponent(), configured.getConfiguration());
		setContentTypeResolver(configured.getContentTypeResolver());
		setHeaderFilterStrategy(configured.getHeaderFilterStrategy());
		setSearchTerm(configured.getSearchTerm());
		setSortTerm(configured.getSortTerm());
		this.handOnThreads = handOnThreads;
		this.wholePoll = wholePoll;
	}

	@Override
	public Consumer createConsumer(Processor processor, JavaMailSender sender) throws Exception {
		BatchAcknowledgingConsumer consumer = new BatchAcknowledgingConsumer(this, processor, sender,
				this.handOnThreads, this.wholePoll);
		consumer.setHandleFailedMessage(getConfiguration().isHandleFailedMessage());
		consumer.setSkipFailedMessage(getConfiguration().isSkipFailedMessage());
		consumer.setMaxMessagesPerPoll(getMaxMessagesPerPoll());
		configureConsumer(consumer);
		return consumer;
	}

}
