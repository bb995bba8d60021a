package org.ecs.web.message;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ecs.core.notice.Addressee;
import org.ecs.core.notice.Notice;
import org.ecs.core.notice.NoticeKind;
import org.ecs.core.notice.NoticeRefusedException;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MessageControllerTest extends WebSliceTest {

	@Test
	void shouldOfferAFullParticipantPeopleButNoGroups() throws Exception {
		this.mvc.perform(get("/messages/new").with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"person:" + CORA.id() + "\"")))
			.andExpect(content().string(not(containsString("value=\"person:" + ALICE.id() + "\""))))
			.andExpect(content().string(not(containsString("value=\"everyone\""))))
			.andExpect(content().string(not(containsString("value=\"discussion:"))));
	}

	@Test
	void shouldOfferTheSecretariatEveryGroup() throws Exception {
		this.mvc.perform(get("/messages/new").with(as(ADAM)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"everyone\"")))
			.andExpect(content().string(containsString("value=\"role:COORDINATOR\"")));
	}

	@Test
	void shouldGiveMonitoringParticipantsNoForm() throws Exception {
		this.mvc.perform(get("/messages/new").with(as(MONICA))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/messages").with(as(MONICA))
				.with(csrf())
				.param("to", "person:1")
				.param("subject", "s")
				.param("body", "b"))
			.andExpect(status().isForbidden());
		then(this.networkMessages).should(never()).send(any(), anyString(), anyString(), anyList());
	}

	@Test
	void shouldSendAndSayItIsOnItsWay() throws Exception {
		this.mvc
			.perform(post("/messages").with(as(ALICE))
				.with(csrf())
				.param("to", "person:" + CORA.id())
				.param("subject", "Paragraph 3")
				.param("body", "Shall we talk?"))
			.andExpect(redirectedUrl("/messages"))
			.andExpect(flash().attribute("notice", containsString("Message sent")));
		then(this.networkMessages).should()
			.send(eq(ALICE), eq("Paragraph 3"), eq("Shall we talk?"), eq(List.of(Addressee.person(CORA.id()))));
	}

	@Test
	void shouldShowTheRefusalAndKeepWhatWasWritten() throws Exception {
		given(this.networkMessages.send(any(), anyString(), anyString(), anyList()))
			.willThrow(new NoticeRefusedException("Write a subject."));
		this.mvc
			.perform(post("/messages").with(as(ALICE))
				.with(csrf())
				.param("to", "person:" + CORA.id())
				.param("subject", "")
				.param("body", "Kept text"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(model().attribute("alert", "Write a subject."))
			.andExpect(content().string(containsString("Kept text")));
	}

	@Test
	void shouldSayWhatEcsRefusedInThePagesLanguage() throws Exception {
		given(this.networkMessages.send(any(), anyString(), anyString(), anyList()))
			.willThrow(new NoticeRefusedException(List
				.of(org.ecs.core.text.Said.said("problem.message.subject", "Write a subject."), org.ecs.core.text.Said
					.said("problem.message.body-long", "Keep the message under 20000 characters.", 20000))));
		this.mvc
			.perform(post("/messages").with(as(ALICE))
				.with(csrf())
				.param("lang", "fr")
				.param("to", "person:" + CORA.id())
				.param("subject", "")
				.param("body", "Kept text"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(model().attribute("alert",
					org.hamcrest.Matchers.allOf(
							containsString("Indiquez un objet. Le message doit compter moins de 20"),
							containsString("000 caractères."))));
	}

	@Test
	void shouldRefuseARecipientThatIsNotOne() throws Exception {
		this.mvc
			.perform(post("/messages").with(as(ALICE))
				.with(csrf())
				.param("to", "galaxy:1")
				.param("subject", "s")
				.param("body", "b"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(model().attribute("alert", containsString("Unknown recipient")));
	}

	@Test
	void shouldListSentMessagesWithHowManyTheyReached() throws Exception {
		given(this.directory.states())
			.willReturn(List.of(new org.ecs.core.participant.State("AUT", "Austria", "STATE")));
		given(this.networkMessages.sentBy(ALICE))
			.willReturn(List.of(new Notice(UUID.randomUUID(), NoticeKind.MESSAGE, ALICE.id(), ALICE.displayName(), null,
					"Paragraph <3>", "b", List.of(Addressee.state("AUT")), Instant.now(), Instant.now(), 4)));
		this.mvc.perform(get("/messages").with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Paragraph &lt;3&gt;")))
			.andExpect(content().string(containsString("4 people")))
			.andExpect(content().string(containsString("Austria (AUT)")));
	}

	@Test
	void shouldAnswerTheApiWithForbiddenForAGroupNotAllowed() throws Exception {
		given(this.networkMessages.send(any(), anyString(), anyString(), anyList()))
			.willThrow(NoticeRefusedException.forbidden("Only the secretariat writes to everyone."));
		this.mvc
			.perform(post("/api/v1/messages").with(as(ALICE))
				.contentType("application/json")
				.content("{\"to\":[\"everyone\"],\"subject\":\"s\",\"body\":\"b\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.message").value("Only the secretariat writes to everyone."));
	}

}
