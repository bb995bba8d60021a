package org.ecs.web.api;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ecs.core.document.Distribution;
import org.ecs.core.document.Document;
import org.ecs.core.document.DocumentFile;
import org.ecs.core.document.DocumentRefusedException;
import org.ecs.core.document.DocumentType;
import org.ecs.core.document.DocumentUploads;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;
import org.ecs.core.search.SearchHit;
import org.ecs.core.search.SearchIndex;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DocumentApiTest extends WebSliceTest {

	static final Participant FAITH = new Participant(6, "faith", "Faith Fax", null, "+254201234567", "KEN", "en",
			Level.FULL, Set.of(Role.PARTICIPANT), EnumSet.of(Channel.FAX), true);

	static final byte[] BYTES = "Report of the session.".getBytes(StandardCharsets.UTF_8);

	static final String SHA = "a".repeat(64);

	static final Document DOC = new Document(30, "CTBT/PC-61/1", "CTBT", "PC", "61", null, "1", null, null,
			DocumentType.OFFICIAL, Distribution.GENERAL, "PC", null, null, List.of(), 9L, NOW,
			Map.of("en", "Report", "ru", "Доклад"));

	static final DocumentFile EN = new DocumentFile(40, 30, "en", "report.txt", "text/plain", BYTES.length, SHA,
			DocumentFile.Source.API, 9L, "Sam", NOW, DocumentFile.Status.PUBLISHED, false, false, 22, "en", false, null,
			null, NOW);

	@BeforeEach
	void documents() {
		given(this.directory.findByUsername("faith")).willReturn(Optional.of(FAITH));
		given(this.documents.findById(30)).willReturn(Optional.of(DOC));
		given(this.documents.visibleTo(eq(30L), anyLong())).willReturn(true);
		given(this.documents.visibleTo(30L, OTTO.id())).willReturn(false);
		given(this.documents.files(30)).willReturn(List.of(EN));
		given(this.documents.file(40)).willReturn(Optional.of(EN));
		given(this.blobs.getVerified(SHA)).willReturn(Optional.of(BYTES));
	}

	@Test
	void shouldAnswer201ForANewSymbolAnd200ForAnotherLanguage() throws Exception {
		given(this.documentUploads.receive(eq(ADAM), any())).willReturn(new DocumentUploads.Received(DOC, EN, true),
				new DocumentUploads.Received(DOC, EN, false));
		this.mvc.perform(upload().with(as(ADAM)))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, "/api/v1/documents/30"))
			.andExpect(jsonPath("$.document.symbol").value("CTBT/PC-61/1"))
			.andExpect(jsonPath("$.file.status").value("PUBLISHED"));
		this.mvc.perform(upload().with(as(ADAM))).andExpect(status().isOk());
		then(this.documentUploads).should(org.mockito.Mockito.times(2))
			.receive(eq(ADAM),
					org.mockito.ArgumentMatchers
						.argThat((u) -> u.symbol().equals("CTBT/PC-61/1") && u.language().equals("en")
								&& u.fileName().equals("report.txt") && java.util.Arrays.equals(u.bytes(), BYTES)));
	}

	@Test
	void shouldAnswerARefusalWithItsStatusInJson() throws Exception {
		given(this.documentUploads.receive(any(), any()))
			.willThrow(new DocumentRefusedException(DocumentRefusedException.Kind.FORBIDDEN, "Only the secretariat."))
			.willThrow(new DocumentRefusedException(DocumentRefusedException.Kind.UNSUPPORTED_TYPE, "file: no."));
		this.mvc.perform(upload().with(as(MONICA)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.message").value("Only the secretariat."));
		this.mvc.perform(upload().with(as(ALICE))).andExpect(status().isUnsupportedMediaType());
	}

	@Test
	void shouldShowEachLanguageAsIssuedOrPending() throws Exception {
		this.mvc.perform(get("/api/v1/documents/30").with(as(MONICA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.document.languages[0]").value("en"))
			.andExpect(jsonPath("$.versions[?(@.language == 'en')].status").value("AVAILABLE"))
			.andExpect(jsonPath("$.versions[?(@.language == 'ru')].status").value("PENDING"))
			.andExpect(jsonPath("$.versions[?(@.language == 'ru')].title").value("Доклад"));
		this.mvc.perform(get("/api/v1/documents/30").with(as(OTTO))).andExpect(status().isNotFound());
	}

	@Test
	void shouldServeTheFileWithItsChecksumAndRanges() throws Exception {
		this.mvc.perform(get("/api/v1/documents/30/versions/en").with(as(MONICA)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(BYTES))
			.andExpect(header().string("X-Checksum-SHA256", SHA))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					org.hamcrest.Matchers.containsString("report.txt")));
		this.mvc
			.perform(get("/api/v1/documents/30/versions/en").header(HttpHeaders.RANGE, "bytes=0-5").with(as(MONICA)))
			.andExpect(status().isPartialContent())
			.andExpect(content().string("Report"));
		this.mvc.perform(get("/api/v1/documents/30/versions/ru").with(as(MONICA))).andExpect(status().isNotFound());
		// the reader's own language first, then the others
		this.mvc.perform(get("/api/v1/documents/30/versions/any").with(as(MONICA))).andExpect(status().isOk());
	}

	@Test
	void shouldRefuseFilesToFaxOnlyParticipantsWith403() throws Exception {
		this.mvc.perform(get("/api/v1/documents/30").with(as(FAITH))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/documents/30/versions/en").with(as(FAITH)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("fax")));
	}

	@Test
	void shouldAnswerASearchNamingEachHitsSymbolOrDiscussion() throws Exception {
		given(this.search.search(eq(MONICA), eq("станция"), any(), any(), eq(20)))
			.willReturn(List.of(new SearchHit(SearchIndex.Kind.DOCUMENT, 40, 30L, "CTBT/PC-61/1", null, null, "ru",
					"Доклад", List.of(new SearchHit.Segment("станциях", true)), 0.5)));
		this.mvc.perform(get("/api/v1/search").param("q", "станция").with(as(MONICA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].symbol").value("CTBT/PC-61/1"))
			.andExpect(jsonPath("$[0].snippet").value("«станциях»"))
			.andExpect(jsonPath("$[0].url").value("/documents/30"));
		this.mvc.perform(get("/api/v1/search").with(as(MONICA))).andExpect(status().isBadRequest());
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder upload() {
		return multipart("/api/v1/documents").file(new MockMultipartFile("file", "report.txt", "text/plain", BYTES))
			.param("symbol", "CTBT/PC-61/1")
			.param("title", "Report")
			.param("language", "en");
	}

}
