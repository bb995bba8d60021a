package org.ecs.routes.document;

import org.apache.camel.builder.RouteBuilder;
import org.ecs.core.search.SearchIndex;
import org.springframework.stereotype.Component;

/**
 * Received document files → extraction → review or publication (with its notice, whose
 * fan-out is the notice route's). The files wait in the database, not in a queue: a file
 * is taken with its row locked, so an instance that dies mid-way leaves it for the next
 * poll. The search index catches up with new discussions and comments on its own timer.
 */
@Component
class DocumentRoute extends RouteBuilder {

	@Override
	public void configure() {
		from("timer:document-extract?period=1000&delay=2000").routeId("document-extract")
			.bean(DocumentExtraction.class, "extractWaiting");

		from("timer:search-catch-up?period=5000&delay=3000").routeId("search-catch-up")
			.bean(SearchIndex.class, "catchUp");
	}

}
