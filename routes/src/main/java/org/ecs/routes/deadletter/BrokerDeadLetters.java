package org.ecs.routes.deadletter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.ecs.core.deadletter.DeadLetter;
import org.ecs.core.deadletter.DeadLetters;
import org.ecs.routes.messaging.Queues;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

/**
 * Dead letters live in the broker's {@code DLQ.<queue>} queues. Replaying takes one off
 * (by its message id) and puts it back on its queue in one JMS transaction, so it is
 * never lost or doubled.
 */
@Component
class BrokerDeadLetters implements DeadLetters {

	/** Artemis's property naming the address a dead letter failed on. */
	static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";

	/**
	 * The address Artemis puts dead-letter queues on; a dead-letter queue is reached by
	 * its fully qualified name, or JMS would make a new empty address of that name.
	 */
	static final String DEAD_LETTER_ADDRESS = "DLA";

	private final JmsTemplate jms;

	BrokerDeadLetters(ConnectionFactory connectionFactory) {
		this.jms = new JmsTemplate(connectionFactory);
		this.jms.setSessionTransacted(true);
		this.jms.setReceiveTimeout(2_000);
	}

	@Override
	public List<DeadLetter> list(int limit) {
		List<DeadLetter> letters = new ArrayList<>();
		for (String queue : Queues.ALL) {
			String dlq = Queues.DEAD_LETTER_PREFIX + queue;
			try {
				this.jms.browse(fullyQualified(dlq), (session, browser) -> {
					Enumeration<?> e = browser.getEnumeration();
					while (e.hasMoreElements() && letters.size() < limit) {
						letters.add(toDeadLetter(dlq, (Message) e.nextElement()));
					}
					return null;
				});
			}
			catch (org.springframework.jms.InvalidDestinationException ex) {
				// no message ever died on this queue, so the broker has not made its
				// dead-letter queue
			}
		}
		return letters;
	}

	@Override
	public boolean replay(String queue, String messageId) {
		if (!queue.startsWith(Queues.DEAD_LETTER_PREFIX) || !Queues.ALL.contains(queue.substring(4))
				|| !messageId.matches("ID:[0-9a-fA-F-]+")) {
			return false;
		}
		Boolean replayed = this.jms.execute(session -> {
			var consumer = session.createConsumer(session.createQueue(fullyQualified(queue)),
					"JMSMessageID = '" + messageId + "'");
			try {
				Message m = consumer.receive(2_000);
				if (m == null) {
					return false;
				}
				String original = queue.substring(Queues.DEAD_LETTER_PREFIX.length());
				var destination = original.equals(Queues.COMMITTED) ? session.createTopic(original)
						: session.createQueue(original);
				var producer = session.createProducer(destination);
				TextMessage copy = session.createTextMessage(((TextMessage) m).getText());
				String group = m.getStringProperty(Queues.GROUP);
				if (group != null) {
					copy.setStringProperty(Queues.GROUP, group);
				}
				producer.send(copy);
				session.commit();
				return true;
			}
			finally {
				consumer.close();
			}
		}, true);
		return Boolean.TRUE.equals(replayed);
	}

	private static String fullyQualified(String deadLetterQueue) {
		return DEAD_LETTER_ADDRESS + "::" + deadLetterQueue;
	}

	private static DeadLetter toDeadLetter(String queue, Message m) throws JMSException {
		String body = m instanceof TextMessage t ? t.getText() : "(" + m.getClass().getSimpleName() + ")";
		String original = m.propertyExists(ORIGINAL_ADDRESS) ? m.getStringProperty(ORIGINAL_ADDRESS)
				: queue.substring(Queues.DEAD_LETTER_PREFIX.length());
		int count = m.propertyExists("JMSXDeliveryCount") ? m.getIntProperty("JMSXDeliveryCount") : 0;
		return new DeadLetter(queue, m.getJMSMessageID(), original, Instant.ofEpochMilli(m.getJMSTimestamp()), count,
				body);
	}

}
