package org.ecs.config;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.jms.ConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A route's input and everything it sends are one broker transaction: when the commit of
 * the sends fails, the input is not acknowledged either and comes back. Before, the
 * listener's own session acknowledged the input as soon as the route returned and the
 * sends committed a moment later on another session, so a crash (or a failed commit) in
 * between lost the sends while the input was gone: the random-kill test found a comment
 * whose notifications were never dispatched. Here the commit is made to fail for certain:
 * the route sends a message whose duplicate-detection id the broker has already seen,
 * which makes Artemis roll the whole transaction back.
 */
@EcsIntegrationTest
class MessagingTransactionIT {

	static final String IN = "ecs.test.tx-in";

	static final String OUT = "ecs.test.tx-out";

	@Autowired
	CamelContext camel;

	@Autowired
	ConnectionFactory connections;

	final List<String> received = new CopyOnWriteArrayList<>();

	@AfterEach
	void removeRoute() throws Exception {
		this.camel.getRouteController().stopRoute("tx-test");
		this.camel.removeRoute("tx-test");
	}

	@Test
	void shouldRedeliverTheInputWhenTheCommitOfItsSendsFails() throws Exception {
		JmsTemplate jms = new JmsTemplate(this.connections);
		jms.convertAndSend(OUT, "first", (m) -> {
			m.setStringProperty("_AMQ_DUPL_ID", "tx-test-seen");
			return m;
		});
		this.camel.addRoutes(new RouteBuilder() {
			@Override
			public void configure() {
				from("jms:queue:" + IN).routeId("tx-test")
					.process((e) -> MessagingTransactionIT.this.received.add(e.getMessage().getBody(String.class)))
					.setHeader("_AMQ_DUPL_ID", constant("tx-test-seen"))
					.to("jms:queue:" + OUT);
			}
		});
		jms.convertAndSend(IN, "input");

		// the broker refuses the commit; the input must come back, not vanish
		await().atMost(Duration.ofSeconds(30)).until(() -> this.received.size() >= 2);
		assertThat(this.received).containsOnly("input");
		jms.setReceiveTimeout(JmsTemplate.RECEIVE_TIMEOUT_NO_WAIT);
		assertThat(jms.receiveAndConvert(OUT)).isEqualTo("first");
		assertThat(jms.receiveAndConvert(OUT)).as("nothing of the failed transaction was sent").isNull();
	}

}
