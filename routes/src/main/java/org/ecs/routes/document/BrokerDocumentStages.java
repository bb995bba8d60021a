package org.ecs.routes.document;

import org.ecs.core.document.DocumentStages;
import org.ecs.core.outbox.Outbox;
import org.ecs.routes.messaging.Queues;
import org.springframework.stereotype.Component;

/**
 * Hands a document file to its next stage through the outbox, in the transaction of the
 * decision that sends it there. The message is the file's id.
 */
@Component
class BrokerDocumentStages implements DocumentStages {

	private final Outbox outbox;

	BrokerDocumentStages(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void received(long fileId) {
		this.outbox.append(Outbox.queue(Queues.DOCUMENT_RECEIVED), Long.toString(fileId), null);
	}

	@Override
	public void approved(long fileId) {
		this.outbox.append(Outbox.queue(Queues.DOCUMENT_APPROVED), Long.toString(fileId), null);
	}

	@Override
	public void rejected(long fileId) {
		this.outbox.append(Outbox.queue(Queues.DOCUMENT_REJECTED), Long.toString(fileId), null);
	}

}
