package org.ecs.routes.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.ecs.core.participant.Channel;
import org.ecs.core.review.ApprovedContribution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class ContributionLogContextTest {

	private final DefaultCamelContext camel = new DefaultCamelContext();

	private final PipelineCodec codec = new PipelineCodec();

	private final List<String> seen = new ArrayList<>();

	@BeforeEach
	void start() throws Exception {
		this.camel.addRoutePolicyFactory(new ContributionLogContext());
		this.camel.getRegistry().bind("codec", this.codec);
		this.camel.addRoutes(new RouteBuilder() {
			@Override
			public void configure() {
				// as the stages do: read the message, then steps, one of them in a
				// direct: route
				from("direct:stage").routeId("stage")
					.process((exchange) -> record())
					.bean("codec", "approved")
					.process((exchange) -> record())
					.to("direct:inner")
					.process((exchange) -> record());
				from("direct:inner").routeId("inner").process((exchange) -> record());
				from("direct:delivery").routeId("delivery").process((exchange) -> record());
			}
		});
		this.camel.start();
	}

	private void record() {
		this.seen.add(MDC.get("contribution_id"));
	}

	@AfterEach
	void stop() {
		this.camel.stop();
		MDC.clear();
	}

	@Test
	void shouldNameTheContributionOnEveryStepAfterItsMessageIsRead() {
		UUID id = UUID.randomUUID();
		String approved = this.codec.write(new ApprovedContribution(id, 1, 2, Channel.WEB,
				Instant.parse("2026-12-02T10:00:00Z"), "We agree.", 3L, null));

		this.camel.createProducerTemplate().sendBody("direct:stage", approved);

		assertThat(this.seen).containsExactly(null, id.toString(), id.toString(), id.toString());
		assertThat(MDC.get("contribution_id")).as("cleared when the exchange is done").isNull();
	}

	@Test
	void shouldNameTheContributionFromTheMessagePropertyWhenTheBodyDoesNot() {
		UUID id = UUID.randomUUID();

		this.camel.createProducerTemplate()
			.sendBodyAndHeader("direct:delivery", "{\"notificationId\":7}", ContributionLogContext.HEADER,
					id.toString());

		assertThat(this.seen).containsExactly(id.toString());
		assertThat(MDC.get("contribution_id")).isNull();
	}

	@Test
	void shouldNameNoContributionWhenTheMessageConcernsNone() {
		this.camel.createProducerTemplate().sendBody("direct:delivery", "{\"notificationId\":7}");

		assertThat(this.seen).containsExactly((String) null);
	}

}
