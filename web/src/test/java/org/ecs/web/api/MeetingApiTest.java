package org.ecs.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ecs.core.meeting.AgendaItem;
import org.ecs.core.meeting.Meeting;
import org.ecs.core.meeting.MeetingBody;
import org.ecs.core.meeting.MeetingRefusedException;
import org.ecs.core.meeting.MeetingStatus;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MeetingApiTest extends WebSliceTest {

	static final Participant SAM = participant(6, "sam", "Sam Secretariat", Level.FULL, Role.PARTICIPANT,
			Role.SECRETARIAT);

	static final Meeting WGB = new Meeting(7, UUID.fromString("6f1c1a53-3b7f-4a34-9a53-2f0c9d7d1e01"),
			MeetingBody.WORKING_GROUP_B, "61st session", "Working Group B, 61st session",
			Instant.parse("2026-07-15T08:00:00Z"), Instant.parse("2026-07-15T15:00:00Z"), "VIC", "Board Room B",
			MeetingStatus.SCHEDULED, null, "wgb@example.org", 0,
			List.of(new AgendaItem(1, "Draft guidelines", List.of(), List.of(OPEN.id(), CLOSED.id()))));

	static final String VALID = """
			{"body":"Working Group B","title":"WGB 61","start":"2026-07-15T10:00","end":"2026-07-15T17:00",
			 "agenda":[{"title":"Opening","documents":["CTBT/PTS/INF.1234"],"discussions":[10]}]}""";

	@BeforeEach
	void sam() {
		given(this.directory.findByUsername("sam")).willReturn(Optional.of(SAM));
		given(this.directory.findById(SAM.id())).willReturn(Optional.of(SAM));
		given(this.meetings.findById(WGB.id())).willReturn(Optional.of(WGB));
		given(this.meetings.list(any())).willReturn(List.of(WGB));
		given(this.meetings.zoneOf(anyLong())).willReturn(java.time.ZoneId.of("America/New_York"));
	}

	@Test
	void shouldListMeetingsWithViennaAndUtcTimesToAnyoneSignedIn() throws Exception {
		this.mvc.perform(get("/api/v1/meetings?when=upcoming&body=WORKING_GROUP_B&year=2026").with(as(OTTO)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(7))
			.andExpect(jsonPath("$[0].bodyName").value("Working Group B"))
			.andExpect(jsonPath("$[0].start").value("2026-07-15T08:00:00Z"))
			.andExpect(jsonPath("$[0].startVienna").value("2026-07-15T10:00:00"))
			.andExpect(jsonPath("$[0].timeZone").value("Europe/Vienna"))
			.andExpect(jsonPath("$[0].status").value("SCHEDULED"));
		this.mvc.perform(get("/api/v1/meetings?body=Council").with(as(OTTO)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("body: unknown body")));
		this.mvc.perform(get("/api/v1/meetings")).andExpect(status().isUnauthorized());
	}

	@Test
	void shouldShowTheAgendaWithOnlyTheDiscussionsThePersonMayRead() throws Exception {
		this.mvc.perform(get("/api/v1/meetings/7").with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.meeting.title").value("Working Group B, 61st session"))
			.andExpect(jsonPath("$.agenda[0].number").value(1))
			.andExpect(jsonPath("$.agenda[0].discussions.length()").value(2))
			.andExpect(jsonPath("$.agenda[0].discussions[0].title").value("Draft guidelines"));
		this.mvc.perform(get("/api/v1/meetings/7").with(as(OTTO)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agenda[0].discussions.length()").value(0));
		this.mvc.perform(get("/api/v1/meetings/8").with(as(ALICE)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.message").value("No such meeting."));
	}

	@Test
	void shouldLetOnlyTheSecretariatChangeMeetings() throws Exception {
		for (Participant p : List.of(ALICE, CORA)) {
			this.mvc.perform(json(post("/api/v1/meetings"), VALID).with(as(p)))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.message").value("Only the secretariat adds, amends and deletes meetings."));
			this.mvc.perform(json(put("/api/v1/meetings/7"), VALID).with(as(p))).andExpect(status().isForbidden());
			this.mvc.perform(delete("/api/v1/meetings/7").with(as(p))).andExpect(status().isForbidden());
		}
		then(this.meetings).should(never()).create(any(), anyLong());
		then(this.meetings).should(never()).amend(anyLong(), any(), anyLong());
		then(this.meetings).should(never()).delete(anyLong(), anyLong());
	}

	@Test
	void shouldCreateAmendAndDeleteForTheSecretariat() throws Exception {
		given(this.meetings.create(any(), eq(SAM.id()))).willReturn(WGB);
		this.mvc.perform(json(post("/api/v1/meetings"), VALID).with(as(SAM)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/meetings/7"))
			.andExpect(jsonPath("$.meeting.uid").value("6f1c1a53-3b7f-4a34-9a53-2f0c9d7d1e01"));
		given(this.meetings.amend(eq(7L), any(), eq(SAM.id()))).willReturn(Optional.of(WGB));
		this.mvc.perform(json(put("/api/v1/meetings/7"), VALID).with(as(SAM))).andExpect(status().isOk());
		given(this.meetings.delete(7, SAM.id())).willReturn(true);
		this.mvc.perform(delete("/api/v1/meetings/7").with(as(SAM))).andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/v1/meetings/8").with(as(SAM))).andExpect(status().isNotFound());
	}

	@Test
	void shouldAnswer400WithEveryProblemNamed() throws Exception {
		String bad = """
				{"body":"Council","title":"Bad\\u0000","start":"2026-07-15T10:00","end":"2026-07-15T09:00"}""";
		this.mvc.perform(json(post("/api/v1/meetings"), bad).with(as(SAM)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("body: unknown body")))
			.andExpect(jsonPath("$.message").value(containsString("title: contains the control character U+0000")))
			.andExpect(jsonPath("$.message").value(containsString("end: must be after start.")));
		given(this.meetings.create(any(), anyLong()))
			.willThrow(new MeetingRefusedException(List.of("agenda[1].documents: no document CTBT/PTS/INF.1234.")));
		this.mvc.perform(json(post("/api/v1/meetings"), VALID).with(as(SAM)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("agenda[1].documents: no document CTBT/PTS/INF.1234."));
		this.mvc.perform(json(post("/api/v1/meetings"), "not json").with(as(SAM))).andExpect(status().isBadRequest());
	}

	@Test
	void shouldServeTheCalendarFeedToThoseSignedIn() throws Exception {
		this.mvc.perform(get("/api/v1/calendar.ics").with(as(MONICA)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andExpect(content().string(containsString("UID:6f1c1a53-3b7f-4a34-9a53-2f0c9d7d1e01@ecs")))
			.andExpect(content().string(containsString("SEQUENCE:0")));
		this.mvc.perform(get("/api/v1/calendar.ics")).andExpect(status().isUnauthorized());
	}

	@Test
	void shouldShowTheMeetingPagesWithTheAgendaInViennaTime() throws Exception {
		this.mvc.perform(get("/meetings").with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("id=\"meetings-upcoming\" href=\"/meetings?when=upcoming\" aria-current=\"page\"")))
			.andExpect(content().string(containsString("Working Group B, 61st session")));
		this.mvc.perform(get("/meetings/7").with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Draft guidelines")))
			.andExpect(content().string(containsString("Vienna time 15 Jul 2026 10:00")))
			.andExpect(content().string(containsString("Your time (America/New_York): 15 Jul 2026 04:00")));
		this.mvc.perform(get("/meetings/8").with(as(ALICE))).andExpect(status().isNotFound());
	}

	@Test
	void shouldOfferTheMeetingFormsToTheSecretariatOnlyAndNameEachProblem() throws Exception {
		this.mvc.perform(get("/meetings/new").with(as(ALICE))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/meetings/7/delete").with(as(ALICE))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/meetings/new").with(as(SAM)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"meeting-form\"")));
		this.mvc.perform(get("/meetings/7/edit").with(as(SAM)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2026-07-15T10:00\"")))
			.andExpect(content().string(containsString("Draft guidelines ; discussions: 10, 11")));
		this.mvc
			.perform(post("/meetings/new").with(as(SAM))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("body", "WORKING_GROUP_A")
				.param("title", "WGA")
				.param("start", "2027-03-15T10:00")
				.param("end", "2027-03-14T10:00")
				.param("agenda", "Opening ; discussions: x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("end: must be after start.")))
			.andExpect(content().string(containsString("discussions of agenda item 1: not a discussion id.")));
		then(this.meetings).should(never()).create(any(), anyLong());
		given(this.meetings.create(any(), eq(SAM.id()))).willReturn(WGB);
		this.mvc
			.perform(post("/meetings/new").with(as(SAM))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("body", "WORKING_GROUP_B")
				.param("title", "WGB")
				.param("start", "2026-07-15T10:00")
				.param("end", "2026-07-15T17:00")
				.param("agenda", "Opening\nDraft guidelines ; discussions: 10"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/meetings/7"));
		then(this.meetings).should()
			.create(org.mockito.ArgumentMatchers.argThat((d) -> d.agenda().size() == 2
					&& d.agenda().get(1).discussions().equals(List.of(10L)) && d.title().equals("WGB")), eq(SAM.id()));
	}

	static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
	}

	@Test
	void shouldServeAPrivateCalendarAddressWithoutSignInAndAnswer404ForAnUnknownOne() throws Exception {
		String token = "A".repeat(43);
		given(this.calendarFeeds.owner(token)).willReturn(Optional.of(ALICE.id()));
		this.mvc.perform(get("/calendar/feed/" + token + ".ics"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andExpect(content().string(containsString("BEGIN:VEVENT")))
			.andExpect(content().string(containsString("61st session")));
		this.mvc.perform(get("/calendar/feed/" + "B".repeat(43) + ".ics")).andExpect(status().isNotFound());
	}

}
