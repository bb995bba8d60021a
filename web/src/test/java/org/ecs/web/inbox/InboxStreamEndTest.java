package org.ecs.web.inbox;

import java.util.Optional;

import org.ecs.core.notification.InboxChanged;
import org.ecs.core.participant.Participant;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

/**
 * A page's event stream lives up to 15 minutes: one opened before its person was
 * suspended or withdrawn must not go on telling that browser of their inbox.
 */
class InboxStreamEndTest extends WebSliceTest {

	@Autowired
	InboxStreams streams;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void shouldEndTheStreamsOfAPersonNoLongerActiveInsteadOfTellingThem() throws Exception {
		MvcResult alice = this.mvc.perform(get("/inbox/stream").with(as(ALICE)))
			.andExpect(request().asyncStarted())
			.andReturn();
		assertThat(this.streams.openCount(ALICE.id())).isPositive();
		Participant suspended = new Participant(ALICE.id(), ALICE.username(), ALICE.displayName(), ALICE.email(),
				ALICE.faxNumber(), ALICE.stateCode(), ALICE.language(), ALICE.level(), ALICE.roles(), ALICE.channels(),
				false);
		given(this.directory.findById(ALICE.id())).willReturn(Optional.of(suspended));

		this.events.publishEvent(new InboxChanged(ALICE.id(), 45));

		assertThat(alice.getResponse().getContentAsString()).contains("event:connected").doesNotContain("data:45");
		assertThat(this.streams.openCount(ALICE.id())).isZero();
	}

}
