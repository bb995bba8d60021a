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
				.param("status", "CANCELLED")
				.param("agenda", " ; documents: A\nSecond ; discussions: x"))
			.andExpect(content().string(containsString("organe : inconnu ; l’un de")))
			.andExpect(content().string(containsString("titre : obligatoire.")))
			.andExpect(content().string(containsString("fin : la fin doit suivre le début.")))
			.andExpect(content().string(containsString("motif : dites pourquoi la réunion est annulée.")))
			.andExpect(content().string(containsString("titre du point 1 de l’ordre du jour : obligatoire.")))
			.andExpect(content().string(containsString(
					"discussions du point 2 de l’ordre du jour : n’est pas un identifiant de discussion.")))
			.andExpect(content().string(not(containsString("agenda["))))
			.andExpect(content().string(not(containsString("statusReason :"))))
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

	@Test
	void shouldSayWhyCaptionsWereRefusedInThePagesLanguage() throws Exception {
		org.mockito.BDDMockito
			.given(this.recordingUploads.captions(org.mockito.ArgumentMatchers.eq(ADAM),
					org.mockito.ArgumentMatchers.eq(3L), org.mockito.ArgumentMatchers.eq(4L),
					org.mockito.ArgumentMatchers.eq("fr"), org.mockito.ArgumentMatchers.anyLong(),
					org.mockito.ArgumentMatchers.any()))
			.willThrow(org.ecs.core.meeting.MeetingRefusedException
				.said(java.util.List.of(org.ecs.core.text.Said.said("problem.captions.not-webvtt",
						"captions.fr: not WebVTT: the file must begin with WEBVTT.", "fr",
						"not WebVTT: the file must begin with WEBVTT."))));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/meetings/3/recordings/4/captions")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "a.srt", "text/plain",
						"1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.param("language", "fr")
				.param("lang", "fr")
				.with(as(ADAM))
				.with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("alert", "Sous-titres (fr) : ce fichier n’est pas un fichier WebVTT valide."));
	}

	@Test
	void shouldSayCaptionsAreTooLargeInThePagesLanguage() throws Exception {
		org.mockito.BDDMockito
			.given(this.recordingUploads.captions(org.mockito.ArgumentMatchers.eq(ADAM),
					org.mockito.ArgumentMatchers.eq(3L), org.mockito.ArgumentMatchers.eq(4L),
					org.mockito.ArgumentMatchers.eq("fr"), org.mockito.ArgumentMatchers.anyLong(),
					org.mockito.ArgumentMatchers.any()))
			.willThrow(new RecordingRefusedException(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE,
					org.ecs.core.text.Said.said("problem.captions.too-large", "Captions are at most 2 MB.", 2)));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/meetings/3/recordings/4/captions")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "big.vtt", "text/vtt",
						"WEBVTT\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.param("language", "fr")
				.param("lang", "fr")
				.with(as(ADAM))
				.with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("alert", "Les sous-titres font au plus 2 Mo."));
	}

	@Test
	void shouldNameTheAgendaItemOfAMissingDocumentInThePagesLanguage() throws Exception {
		org.mockito.BDDMockito
			.given(this.meetings.create(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.anyLong()))
			.willThrow(org.ecs.core.meeting.MeetingRefusedException.said(java.util.List.of(org.ecs.core.text.Said.said(
					"problem.meeting.no-document", "agenda[1].documents: no document INF.9.",
					org.ecs.core.text.Said.said("meeting.field.item.documents", "agenda[1].documents", 1), "INF.9"))));
		this.mvc
			.perform(post("/meetings/new").with(as(ADAM))
				.with(csrf())
				.param("lang", "es")
				.param("body", "WORKING_GROUP_B")
				.param("title", "WGB")
				.param("start", "2027-03-15T10:00")
				.param("end", "2027-03-15T12:00")
				.param("agenda", "Opening ; documents: INF.9"))
			.andExpect(content()
				.string(containsString("documentos del tema 1 del programa: no existe el documento INF.9.")))
			.andExpect(content().string(not(containsString("agenda[1]"))));
	}

}
