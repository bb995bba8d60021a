package org.ecs.config.platform;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.ecs.config.EcsIntegrationTest;
import org.ecs.core.notification.InboxChanged;
import org.ecs.core.notification.InboxChangedElsewhere;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jms.core.JmsTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Live inbox updates between instances, over the real broker: a delivery here is
 * announced on the topic for the others, and an announcement of another instance reaches
 * the pages open here, while this instance's own is not told twice.
 */
@EcsIntegrationTest
class InboxBroadcastIT {

	static final String TOPIC = "ecs.inbox.changed";

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	ConnectionFactory connections;

	@Test
	void shouldAnnounceADeliveryHereToTheOtherInstances() throws Exception {
		try (Connection connection = this.connections.createConnection()) {
			Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
			MessageConsumer otherInstance = session.createConsumer(session.createTopic(TOPIC));
			connection.start();

			this.context.publishEvent(new InboxChanged(4711, 9001));

			Message m = otherInstance.receive(30_000);
			assertThat(m).isInstanceOf(TextMessage.class);
			assertThat(((TextMessage) m).getText()).isEqualTo("4711 9001");
			assertThat(m.getStringProperty("ecsInstance")).isNotBlank();
		}
	}

	@Test
	void shouldTellThePagesHereOfAnotherInstancesDeliveryOnly() {
		List<InboxChangedElsewhere> heard = new CopyOnWriteArrayList<>();
		ApplicationListener<PayloadApplicationEvent<InboxChangedElsewhere>> listener = (e) -> heard.add(e.getPayload());
		this.context.addApplicationListener(listener);
		try {
			// this instance's own announcement (as a delivery here makes) is not heard
			// again
			this.context.publishEvent(new InboxChanged(4712, 9002));
			JmsTemplate jms = new JmsTemplate(this.connections);
			jms.setPubSubDomain(true);
			jms.convertAndSend(TOPIC, "4712 9003", (m) -> {
				m.setStringProperty("ecsInstance", "another-instance");
				return m;
			});

			await().atMost(Duration.ofSeconds(30)).until(() -> !heard.isEmpty());
			assertThat(heard).containsExactly(new InboxChangedElsewhere(4712, 9003));
		}
		finally {
			this.context.removeApplicationListener(listener);
		}
	}

}
