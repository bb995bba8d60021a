package org.ecs.web.meeting;

import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

class MeetingFormControllerTest extends WebSliceTest {

	@Test
	void shouldSayTheFormsProblemsInThePagesLanguage() throws Exception {
		this.mvc
			.perform(post("/meetings/new").with(as(ADAM))
				.with(csrf())
				.param("lang", "fr")
				.param("body", "NOBODY")
				.param("title", "")
				.param("start", "2027-03-15T10:00")
				.param("end", "2027-03-15T09:00")
				.param("status", "CANCELLED"))
			.andExpect(content().string(containsString("body : organe inconnu ; l’un de")))
			.andExpect(content().string(containsString("title : obligatoire.")))
			.andExpect(content().string(containsString("end : la fin doit suivre le début.")))
			.andExpect(content().string(containsString("statusReason : dites pourquoi la réunion est annulée.")))
			.andExpect(content().string(not(containsString("must be after start"))))
			.andExpect(content().string(not(containsString("required."))));
	}

	@Test
	void shouldSayTheFormsProblemsInEnglishToAnEnglishReader() throws Exception {
		this.mvc
			.perform(post("/meetings/new").with(as(ADAM))
				.with(csrf())
				.param("lang", "en")
				.param("body", "")
				.param("title", "x")
				.param("start", "soon")
				.param("end", "2027-03-15T09:00"))
			.andExpect(content().string(containsString("body: required, one of")))
			.andExpect(content()
				.string(containsString("start: not a time; write a Vienna local time like 2027-03-15T10:00.")));
	}

}
