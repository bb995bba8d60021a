package org.ecs.web.discussion;

import java.time.Instant;
import java.util.List;

import org.ecs.core.discussion.Launch;
import org.ecs.core.discussion.ReviewPolicy;
import org.ecs.core.discussion.SubjectKind;
import org.ecs.core.notice.Addressee;
import org.ecs.core.notice.NoticeRefusedException;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class LaunchControllerTest extends WebSliceTest {

	@Test
	void shouldOfferCoordinatorsAndTheAudienceButNotThePolicyToAFullParticipant() throws Exception {
		this.mvc.perform(get("/discussions/new").with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"launch-coordinator\"")))
			.andExpect(content().string(containsString("value=\"everyone\"")))
			.andExpect(content().string(not(containsString("id=\"launch-policy\""))));
	}

	@Test
	void shouldLaunchAndOpenTheNewDiscussion() throws Exception {
		given(this.discussionLaunch.launch(eq(ALICE), any())).willReturn(77L);
		this.mvc
			.perform(post("/discussions").with(as(ALICE))
				.with(csrf())
				.param("title", "Noble gas background")
				.param("subjectKind", "TOPIC")
				.param("coordinatorId", String.valueOf(CORA.id()))
				.param("deadline", "2026-12-20T17:00")
				.param("audience", "state:AUT", "person:" + MONICA.id()))
			.andExpect(redirectedUrl("/discussions/77"));
		ArgumentCaptor<Launch> launch = ArgumentCaptor.forClass(Launch.class);
		then(this.discussionLaunch).should().launch(eq(ALICE), launch.capture());
		assertThat(launch.getValue().deadline()).isEqualTo(Instant.parse("2026-12-20T17:00:00Z"));
		assertThat(launch.getValue().subjectKind()).isEqualTo(SubjectKind.TOPIC);
		assertThat(launch.getValue().audience()).containsExactly(Addressee.state("AUT"), Addressee.person(MONICA.id()));
	}

	@Test
	void shouldShowWhatToCorrectAndKeepTheForm() throws Exception {
		given(this.discussionLaunch.launch(eq(ALICE), any()))
			.willThrow(new NoticeRefusedException("Set a deadline at least an hour from now."));
		this.mvc
			.perform(post("/discussions").with(as(ALICE))
				.with(csrf())
				.param("title", "Kept title")
				.param("subjectKind", "PAPER")
				.param("deadline", "2020-01-01T00:00"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(model().attribute("alert", containsString("deadline")))
			.andExpect(content().string(containsString("value=\"Kept title\"")));
	}

	@Test
	void shouldGiveMonitoringParticipantsNoLaunch() throws Exception {
		this.mvc.perform(get("/discussions/new").with(as(MONICA))).andExpect(status().isForbidden());
		this.mvc.perform(get("/discussions").with(as(MONICA)))
			.andExpect(content().string(not(containsString("id=\"new-discussion\""))));
	}

	@Test
	void shouldLaunchOverTheApiWithCreated() throws Exception {
		given(this.discussionLaunch.launch(eq(CORA), any())).willReturn(78L);
		this.mvc.perform(post("/api/v1/discussions").with(as(CORA)).contentType("application/json").content("""
				{"title": "Item 5", "subjectKind": "AGENDA_ITEM", "deadline": "2026-12-20T17:00:00Z",
				 "reviewPolicy": "EVERY", "audience": ["everyone"]}"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/discussions/78"))
			.andExpect(jsonPath("$.id").value(78));
		ArgumentCaptor<Launch> launch = ArgumentCaptor.forClass(Launch.class);
		then(this.discussionLaunch).should().launch(eq(CORA), launch.capture());
		assertThat(launch.getValue().reviewPolicy()).isEqualTo(ReviewPolicy.EVERY);
		assertThat(launch.getValue().audience()).isEqualTo(List.of(Addressee.everyone()));
	}

	@Test
	void shouldOfferTheFormOnAnAgendaItemAndLaunchThereWhateverTheFormSays() throws Exception {
		var subject = new org.ecs.core.meeting.AgendaDiscussions.Subject(40, "WGB 61", 3, "Station calibration",
				"WGB 61, item 3: Station calibration");
		given(this.agendaDiscussions.subject(40, 3)).willReturn(java.util.Optional.of(subject));
		this.mvc.perform(get("/discussions/new").param("meeting", "40").param("item", "3").with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"launch-agenda-item\"")))
			.andExpect(content().string(containsString("value=\"Station calibration\"")))
			.andExpect(content().string(not(containsString("id=\"kind-paper\""))));
		given(this.agendaDiscussions.launch(eq(ALICE), eq(40L), eq(3), any())).willReturn(79L);
		this.mvc
			.perform(post("/discussions").with(as(ALICE))
				.with(csrf())
				.param("title", "Station calibration")
				.param("subjectKind", "PAPER")
				.param("coordinatorId", String.valueOf(CORA.id()))
				.param("deadline", "2026-12-20T17:00")
				.param("audience", "state:AUT")
				.param("meeting", "40")
				.param("item", "3"))
			.andExpect(redirectedUrl("/discussions/79"));
		then(this.discussionLaunch).shouldHaveNoInteractions();
	}

	@Test
	void shouldFindNoAgendaItemTheMeetingLacksAndRefuseMonitoringParticipants() throws Exception {
		given(this.agendaDiscussions.subject(40, 9)).willReturn(java.util.Optional.empty());
		this.mvc.perform(get("/discussions/new").param("meeting", "40").param("item", "9").with(as(ALICE)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/discussions").with(as(ALICE))
				.with(csrf())
				.param("title", "x")
				.param("meeting", "40")
				.param("item", "9"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/discussions/new").param("meeting", "40").param("item", "3").with(as(MONICA)))
			.andExpect(status().isForbidden());
		then(this.agendaDiscussions).should(org.mockito.Mockito.never())
			.launch(any(), org.mockito.ArgumentMatchers.anyLong(), org.mockito.ArgumentMatchers.anyInt(), any());
	}

}
