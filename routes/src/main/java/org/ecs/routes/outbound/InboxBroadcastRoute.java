package org.ecs.routes.outbound;

import org.apache.camel.builder.RouteBuilder;
import org.ecs.routes.messaging.Queues;

import org.springframework.stereotype.Component;

/**
 * Every instance hears the inbox announcements of the others ({@link InboxBroadcast}).
 */
@Component
class InboxBroadcastRoute extends RouteBuilder {

	@Override
	public void configure() {
		from("jms:topic:" + Queues.INBOX_CHANGED + "?transacted=false").routeId("inbox-broadcast")
			.bean(InboxBroadcast.class, "heard(${body}, ${header." + InboxBroadcast.INSTANCE + "})");
	}

}
