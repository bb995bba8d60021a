package org.ecs.web.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ecs.core.meeting.AgendaItem;
import org.ecs.core.meeting.Meeting;
import org.ecs.core.meeting.MeetingBody;
import org.ecs.core.meeting.MeetingChange;
import org.ecs.core.meeting.MeetingRefusedException;
import org.ecs.core.meeting.MeetingStatus;
import org.ecs.core.text.Said;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The meeting page's recording upload and captions say why not in the page's language;
 * the API says the same in English. The history names what changed in the page's
 * language.
 */
class MeetingRecordingPageTest extends WebSliceTest {

	static final Meeting WGB = new Meeting(7, UUID.fromString("6f1c1a53-3b7f-4a34-9a53-2f0c9d7d1e01"),
			MeetingBody.WORKING_GROUP_B, "61st session", "Working Group B, 61st session",
			Instant.parse("2026-07-15T08:00:00Z"), Instant.parse("2026-07-15T15:00:00Z"), "VIC", "Board Room B",
			MeetingStatus.SCHEDULED, null, "wgb@example.org", 0,
			List.of(new AgendaItem(1, "Opening", List.of(), List.of())));

	@BeforeEach
	void meeting() {
		given(this.meetings.findById(WGB.id())).willReturn(Optional.of(WGB));
		given(this.meetings.zoneOf(anyLong())).willReturn(ZoneId.of("Europe/Vienna"));
	}

	@Test
	void shouldSayWhyTheUploadWasRefusedInThePagesLanguageAndInEnglishToTheApi() throws Exception {
		given(this.recordingUploads.receive(eq(ADAM), eq(7L), any(), anyString(), any(), anyLong(), any()))
			.willThrow(new RecordingRefusedException(HttpStatus.PAYLOAD_TOO_LARGE,
					Said.said("problem.recording.too-large", "A recording is at most 4096 MB.", 4096L)));
		this.mvc.perform(upload("/meetings/7/recordings?name=a.mp4&lang=fr"))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.message").value("Un enregistrement fait au plus 4096 Mo."));
		this.mvc.perform(upload("/meetings/7/recordings?name=a.mp4&lang=ar"))
			.andExpect(jsonPath("$.message").value(containsString("ميغابايت")));
		this.mvc.perform(upload("/api/v1/meetings/7/recordings?name=a.mp4&lang=fr"))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.message").value("A recording is at most 4096 MB."));
	}

	@Test
	void shouldSayABrokenUploadWithoutWhatBrokeIt() throws Exception {
		given(this.recordingUploads.receive(eq(ADAM), eq(7L), any(), anyString(), any(), anyLong(), any()))
			.willThrow(new RecordingRefusedException(HttpStatus.BAD_REQUEST,
					Said.said("problem.recording.broke-off", "The upload broke off: Connection reset by peer")));
		this.mvc.perform(upload("/meetings/7/recordings?name=a.mp4&lang=es"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message")
				.value("La subida se interrumpió antes de que llegara el archivo completo; súbalo de nuevo."));
	}

	@Test
	void shouldSayWhatIsWrongWithTheRecordingInThePagesLanguage() throws Exception {
		given(this.recordingUploads.receive(eq(ADAM), eq(7L), any(), anyString(), any(), anyLong(), any()))
			.willThrow(MeetingRefusedException.said(List.of(Said.said("problem.recording.audio-language",
					"audio[2]: \"klingon\" is not floor or one of ar, zh, en, fr, ru, es.", 2, "\"klingon\"",
					"ar, zh, en, fr, ru, es"))));
		this.mvc.perform(upload("/meetings/7/recordings?name=a.mp4&lang=fr"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message")
				.value("Piste audio 2 : \"klingon\" n’est ni floor ni l’une des langues ar, zh, en, fr, ru, es."));
		this.mvc.perform(upload("/api/v1/meetings/7/recordings?name=a.mp4&lang=fr"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message")
				.value("audio[2]: \"klingon\" is not floor or one of ar, zh, en, fr, ru, es."));
	}

	@Test
	void shouldSayAnUploadToNoMeetingInThePagesLanguage() throws Exception {
		this.mvc.perform(upload("/meetings/8/recordings?name=a.mp4&lang=ru"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.message").value("Заседания 8 нет."));
	}

	@Test
	void shouldSayCaptionsForNoSuchRecordingInThePagesLanguage() throws Exception {
		given(this.recordingUploads.captions(eq(ADAM), eq(7L), eq(4L), eq("fr"), anyLong(), any()))
			.willThrow(new RecordingRefusedException(HttpStatus.NOT_FOUND,
					Said.said("problem.captions.no-recording", "No such recording.", "4")));
		this.mvc
			.perform(multipart("/meetings/7/recordings/4/captions")
				.file(new MockMultipartFile("file", "a.vtt", "text/vtt", "WEBVTT\n".getBytes()))
				.param("language", "fr")
				.param("lang", "fr")
				.with(as(ADAM))
				.with(csrf()))
			.andExpect(flash().attribute("alert", "Il n’y a pas d’enregistrement 4."));
		this.mvc
			.perform(put("/api/v1/meetings/7/recordings/4/captions/fr").content("WEBVTT\n")
				.contentType("text/vtt")
				.with(as(ADAM))
				.with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.message").value("No such recording."));
	}

	@Test
	void shouldShowTheHistoryInThePagesLanguage() throws Exception {
		given(this.meetings.history(7)).willReturn(List.of(change("title, room, agenda"), change("live stream"),
				change("agenda[1]: discussion 17 launched"), change("something older")));
		this.mvc.perform(get("/meetings/7").param("lang", "fr").with(as(ADAM)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("(titre, salle et ordre du jour)")))
			.andExpect(content().string(containsString("(adresse du direct définie)")))
			.andExpect(content().string(containsString("(discussion 17 lancée depuis le point 1 de l’ordre du jour)")))
			.andExpect(content().string(containsString("(something older)")))
			.andExpect(content().string(not(containsString("launched"))));
		this.mvc.perform(get("/api/v1/meetings/7/history").with(as(ADAM)))
			.andExpect(jsonPath("$[0].changes").value("title, room, agenda"))
			.andExpect(jsonPath("$[2].changes").value("agenda[1]: discussion 17 launched"))
			.andExpect(jsonPath("$[0].said").doesNotExist());
	}

	@Test
	void shouldSayWhyARecordingFailedInThePagesLanguageWithoutFfmpegsEnglish() throws Exception {
		var failed = new org.ecs.core.meeting.Recording(9, UUID.randomUUID(), 7, "notes.txt", 10,
				org.ecs.core.meeting.Recording.Source.WEB, List.of(), List.of(),
				org.ecs.core.meeting.RecordingStatus.FAILED, null, null, null, null, null, null,
				"Not a video or audio file ffmpeg can read: Invalid data found when processing input", ADAM.id(),
				Instant.parse("2026-07-15T09:00:00Z"), null, null);
		given(this.recordings.ofMeeting(7)).willReturn(List.of(failed));
		given(this.recordings.find(9)).willReturn(Optional.of(failed));
		this.mvc.perform(get("/meetings/7").param("lang", "fr").with(as(ADAM)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"notes.txt : n’a pas pu être préparé pour le visionnage. Ce n’est pas un fichier vidéo ou audio lisible ; téléversez un autre fichier.")))
			.andExpect(content().string(not(containsString("Invalid data found"))));
		this.mvc.perform(get("/api/v1/meetings/7/recordings/9").with(as(ADAM)))
			.andExpect(jsonPath("$.failure").value(containsString("Invalid data found")));
	}

	private static MeetingChange change(String changes) {
		return new MeetingChange(7, 1, "AMENDED", changes, ADAM.id(), "Adam", Instant.parse("2026-06-01T08:00:00Z"));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder upload(String url) {
		return post(url).content(new byte[] { 1, 2, 3 })
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.accept(MediaType.APPLICATION_JSON)
			.with(as(ADAM))
			.with(csrf());
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder put(String url) {
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(url);
	}

}
