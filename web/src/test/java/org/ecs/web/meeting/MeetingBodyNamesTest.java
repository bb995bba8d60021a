package org.ecs.web.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ecs.core.meeting.Meeting;
import org.ecs.core.meeting.MeetingBody;
import org.ecs.core.meeting.MeetingStatus;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The meeting pages name the body in the page's language; the API by its English name.
 */
class MeetingBodyNamesTest extends WebSliceTest {

	static final Meeting WGB = new Meeting(7, UUID.fromString("6f1c1a53-3b7f-4a34-9a53-2f0c9d7d1e01"),
			MeetingBody.WORKING_GROUP_B, "61st session", "WGB 61", Instant.parse("2026-07-15T08:00:00Z"),
			Instant.parse("2026-07-15T15:00:00Z"), "VIC", "Board Room B", MeetingStatus.SCHEDULED, null, null, 0,
			List.of());

	@BeforeEach
	void meeting() {
		given(this.meetings.findById(WGB.id())).willReturn(Optional.of(WGB));
		given(this.meetings.list(any())).willReturn(List.of(WGB));
		given(this.meetings.zoneOf(anyLong())).willReturn(ZoneId.of("Europe/Vienna"));
	}

	@Test
	void shouldNameTheBodyInThePagesLanguage() throws Exception {
		this.mvc.perform(get("/meetings?when=past").param("lang", "fr").with(as(ADAM)))
			.andExpect(content().string(containsString("Groupe de travail B")))
			.andExpect(content().string(not(containsString("Working Group B"))));
		this.mvc.perform(get("/meetings/7").param("lang", "es").with(as(ADAM)))
			.andExpect(content().string(containsString("<dd id=\"meeting-body\"><span>Grupo de Trabajo B</span>")));
		this.mvc.perform(get("/meetings/new").param("lang", "ru").with(as(ADAM)))
			.andExpect(content().string(containsString("Подготовительная комиссия")))
			.andExpect(content().string(not(containsString("Preparatory Commission"))));
		this.mvc.perform(get("/api/v1/meetings/7").param("lang", "fr").with(as(ADAM)))
			.andExpect(jsonPath("$.meeting.bodyName").value("Working Group B"));
	}

}
