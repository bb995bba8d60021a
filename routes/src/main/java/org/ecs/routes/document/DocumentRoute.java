package org.ecs.routes.document;

import org.apache.camel.builder.RouteBuilder;
import org.ecs.core.document.DocumentPublishing;
import org.ecs.core.search.SearchIndex;
import org.ecs.routes.messaging.Queues;
import org.ecs.routes.review.RouteSettings;
import org.springframework.stereotype.Component;

/**
 * A document file's stages, each a queue fed by the outbox in the transaction of the
 * decision before it: received → extraction (text, OCR, language, preview, index) →
 * review in the database where the policy asks → approved → publication with its "new
 * document" notice (whose fan-out is the notice route's); or rejected → the uploader is
 * told why. Every stage is idempotent on the file id, so a redelivery changes nothing.
 * The search index catches up with new discussions and comments on its own timer.
 */
@Component
class DocumentRoute extends RouteBuilder {

	private final RouteSettings settings;

	DocumentRoute(RouteSettings settings) {
		this.settings = settings;
	}

	@Override
	public void configure() {
		from(Queues.queue(Queues.DOCUMENT_RECEIVED) + "?concurrentConsumers=" + this.settings.consumers())
			.routeId("document-extract")
			.convertBodyTo(Long.class)
			.bean(DocumentExtraction.class, "extract");

		from(Queues.queue(Queues.DOCUMENT_APPROVED)).routeId("document-publish")
			.convertBodyTo(Long.class)
			.bean(DocumentPublishing.class, "publish");

		from(Queues.queue(Queues.DOCUMENT_REJECTED)).routeId("document-answer")
			.convertBodyTo(Long.class)
			.bean(DocumentPublishing.class, "answerRejected")
			.to("direct:outbound-dispatch");

		from("timer:search-catch-up?period=5000&delay=3000").routeId("search-catch-up")
			.bean(SearchIndex.class, "catchUp");
	}

}
