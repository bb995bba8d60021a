package org.ecs.routes.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.ecs.core.outbox.Outbox;

/**
 * Sends messages on to the queues and topics of the pipeline, on the caller's session
 * (and so in its transaction, if it has one): persistent, with their message group and
 * properties. Shared by the batched stages and the outbox relay.
 */
final class NextStage {

	private NextStage() {
	}

	/**
	 * @param messages each to the destination as the outbox writes it
	 * ({@link Outbox#queue(String)}, {@link Outbox#topic(String)})
	 */
	static void send(Session session, List<BatchedQueue.Outgoing> messages) throws JMSException {
		if (messages.isEmpty()) {
			return;
		}
		Map<String, Destination> destinations = new HashMap<>();
		MessageProducer producer = session.createProducer(null);
		try {
			producer.setDeliveryMode(DeliveryMode.PERSISTENT);
			for (BatchedQueue.Outgoing o : messages) {
				Destination to = destinations.get(o.destination());
				if (to == null) {
					String name = o.destination().substring(o.destination().indexOf(':') + 1);
					to = o.destination().startsWith("topic:") ? session.createTopic(name) : session.createQueue(name);
					destinations.put(o.destination(), to);
				}
				TextMessage m = session.createTextMessage(o.body());
				if (o.group() != null) {
					m.setStringProperty(Queues.GROUP, o.group());
				}
				for (Map.Entry<String, String> p : o.properties().entrySet()) {
					m.setStringProperty(p.getKey(), p.getValue());
				}
				producer.send(to, m);
			}
		}
		finally {
			producer.close();
		}
	}

}
