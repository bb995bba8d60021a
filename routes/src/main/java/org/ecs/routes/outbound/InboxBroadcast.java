package org.ecs.routes.outbound;

import java.util.UUID;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import org.ecs.core.notification.InboxChanged;
import org.ecs.core.notification.InboxChangedElsewhere;
import org.ecs.routes.messaging.Queues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jms.JmsException;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Live inbox updates across instances: a web delivery committed here is announced on the
 * {@value Queues#INBOX_CHANGED} topic, and what another instance announced there reaches
 * the pages open here (as {@link InboxChangedElsewhere}). Behind a load balancer a
 * person's page may hold its event stream on either instance. Best effort: the message is
 * not persistent and lives a minute, and a failed send only costs a live update.
 */
@Component
public class InboxBroadcast {

	/** Which instance sent an announcement, so it does not hear its own. */
	static final String INSTANCE = "ecsInstance";

	private static final Logger log = LoggerFactory.getLogger(InboxBroadcast.class);

	private final String instance = UUID.randomUUID().toString();

	private final JmsTemplate jms;

	private final ApplicationEventPublisher events;

	InboxBroadcast(ConnectionFactory connections, ApplicationEventPublisher events) {
		this.events = events;
		this.jms = new JmsTemplate();
		this.jms.setConnectionFactory(connections);
		this.jms.setPubSubDomain(true);
		this.jms.setExplicitQosEnabled(true);
		this.jms.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
		this.jms.setTimeToLive(60_000);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void delivered(InboxChanged event) {
		try {
			this.jms.convertAndSend(Queues.INBOX_CHANGED, event.recipientId() + " " + event.notificationId(), (m) -> {
				m.setStringProperty(INSTANCE, this.instance);
				return m;
			});
		}
		catch (JmsException ex) {
			log.debug("Could not announce an inbox change to the other instances: {}", ex.toString());
		}
	}

	/**
	 * An announcement heard on the topic: another instance's delivery reaches the pages
	 * open here; this instance's own was told here already. A body that does not read is
	 * dropped.
	 */
	public void heard(String body, String sender) {
		if (this.instance.equals(sender) || body == null) {
			return;
		}
		String[] parts = body.trim().split(" ");
		if (parts.length != 2) {
			return;
		}
		try {
			this.events.publishEvent(new InboxChangedElsewhere(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
		}
		catch (NumberFormatException ex) {
			log.debug("Ignored an inbox announcement that does not read: {}", body);
		}
	}

	String instance() {
		return this.instance;
	}

}
