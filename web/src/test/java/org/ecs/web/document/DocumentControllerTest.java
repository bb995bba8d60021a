package org.ecs.web.document;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ecs.core.document.Distribution;
import org.ecs.core.document.Document;
import org.ecs.core.document.DocumentFile;
import org.ecs.core.document.DocumentType;
import org.ecs.core.document.DocumentUploads;
import org.ecs.core.document.Documents;
import org.ecs.core.document.DocumentRefusedException;
import org.ecs.core.document.DocumentCatalogue;
import org.ecs.core.document.DocumentFollows;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;
import org.ecs.core.search.SearchHit;
import org.ecs.core.search.SearchIndex;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.times;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DocumentControllerTest extends WebSliceTest {

	static final Participant SAM = participant(7, "sam", "Sam Secretariat", Level.FULL, Role.PARTICIPANT,
			Role.SECRETARIAT);

	static final Participant FAITH = new Participant(6, "faith", "Faith Fax", null, "+254201234567", "KEN", "en",
			Level.FULL, Set.of(Role.PARTICIPANT), EnumSet.of(Channel.FAX), true);

	static final Document DOC = new Document(30, "CTBT/PTS/INF.1234", "CTBT", "PTS", null, "INF", "1234", null, null,
			DocumentType.INFORMATION_NOTE, Distribution.GENERAL, "PTS", null, null, List.of(), 7L, NOW,
			Map.of("en", "Draft guidelines <b>bold</b>"));

	static final DocumentFile EN = new DocumentFile(40, 30, "en", "guidelines.pdf", "application/pdf", 2048,
			"a".repeat(64), DocumentFile.Source.WEB, 7L, "Sam", NOW, DocumentFile.Status.PUBLISHED, false, false, 100,
			"en", false, null, null, NOW);

	@BeforeEach
	void documents() {
		for (Participant p : List.of(SAM, FAITH)) {
			given(this.directory.findByUsername(p.username())).willReturn(Optional.of(p));
		}
		given(this.documents.findById(30)).willReturn(Optional.of(DOC));
		given(this.documents.findBySymbol("CTBT/PTS/INF.1234")).willReturn(Optional.of(DOC));
		given(this.documents.visibleTo(eq(30L), anyLong())).willReturn(true);
		given(this.documents.files(30)).willReturn(List.of(EN));
		given(this.documents.list(anyLong(), any())).willReturn(List.of(DOC));
		given(this.documents.file(40)).willReturn(Optional.of(EN));
	}

	static final DocumentFile WAITING = new DocumentFile(41, 30, "fr", "lignes.pdf", "application/pdf", 2048,
			"b".repeat(64), DocumentFile.Source.EMAIL, 7L, "Sam", NOW, DocumentFile.Status.IN_REVIEW, true, false, 100,
			"fr", false, null, null, null);

	@Test
	void shouldShowDocumentsWaitingForReviewOnTheReviewConsoleToTheSecretariatOnly() throws Exception {
		given(this.documents.inReview()).willReturn(List.of(WAITING));
		this.mvc.perform(get("/review").with(as(SAM)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"documents-in-review\"")))
			.andExpect(content().string(containsString("/documents/files/41/approve")))
			.andExpect(content().string(containsString("/documents/files/41/reject")))
			.andExpect(content().string(containsString("name=\"back\" value=\"review\"")));
		this.mvc.perform(get("/review").with(as(CORA)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("documents-in-review"))));
	}

	@Test
	void shouldReturnToTheReviewConsoleAfterADecisionTakenThere() throws Exception {
		this.mvc.perform(post("/documents/files/41/approve").param("back", "review").with(as(SAM)).with(csrf()))
			.andExpect(redirectedUrl("/review"));
		then(this.documentPublishing).should().approve(41, SAM);
		this.mvc
			.perform(post("/documents/files/41/reject").param("reason", "Wrong symbol")
				.param("back", "https://elsewhere.example/")
				.with(as(SAM))
				.with(csrf()))
			.andExpect(redirectedUrl("/documents/review"));
		then(this.documentPublishing).should().reject(41, SAM, "Wrong symbol");
	}

	@Test
	void shouldLetOnlyTheSecretariatEditTheCatalogueAndShowTheHistory() throws Exception {
		this.mvc.perform(get("/documents/30/edit").with(as(MONICA))).andExpect(status().isForbidden());
		this.mvc.perform(post("/documents/30/edit").param("type", "DRAFT").with(as(ALICE)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/documents/30/edit").with(as(SAM)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"edit-form\"")))
			.andExpect(content().string(containsString("Draft guidelines &lt;b&gt;bold&lt;/b&gt;")));
		given(this.documentCatalogue.edit(eq(SAM), eq(30L), any())).willReturn(List.of(
				new DocumentCatalogue.Change("type", "INFORMATION_NOTE", "WORKING_PAPER", "Sam Secretariat", NOW),
				new DocumentCatalogue.Change("title.fr", null, "Lignes directrices", "Sam Secretariat", NOW)));

		this.mvc
			.perform(post("/documents/30/edit").param("type", "WORKING_PAPER")
				.param("distribution", "GENERAL")
				.param("title_en", "Draft guidelines")
				.param("title_fr", "Lignes directrices")
				.param("agendaItems", "4, 5 ,")
				.with(as(SAM))
				.with(csrf()))
			.andExpect(redirectedUrl("/documents/30"));

		then(this.documentCatalogue).should()
			.edit(eq(SAM), eq(30L),
					argThat((e) -> e.type() == DocumentType.WORKING_PAPER && e.distribution() == Distribution.GENERAL
							&& e.titles().get("fr").equals("Lignes directrices") && e.titles().get("ru").isEmpty()
							&& e.agendaItems().equals(List.of("4", "5"))));
		given(this.documentCatalogue.history(30)).willReturn(List
			.of(new DocumentCatalogue.Change("distribution", "GENERAL", "LIMITED", "Sam <i>Secretariat</i>", NOW)));
		this.mvc.perform(get("/documents/30").with(as(SAM)))
			.andExpect(content().string(containsString("id=\"catalogue-changes\"")))
			.andExpect(content().string(containsString("Sam &lt;i&gt;Secretariat&lt;/i&gt;")))
			.andExpect(content().string(containsString("id=\"edit-catalogue\"")));
	}

	@Test
	void shouldShowWhyAnEditWasRefusedWithTheFormAsSent() throws Exception {
		given(this.documentCatalogue.edit(eq(SAM), eq(30L), any())).willThrow(new DocumentRefusedException(
				DocumentRefusedException.Kind.INVALID, "title: a document keeps at least one title."));
		this.mvc.perform(
				post("/documents/30/edit").param("title_en", "").param("meeting", "PC-70").with(as(SAM)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("a document keeps at least one title")))
			.andExpect(content().string(containsString("value=\"PC-70\"")));
	}

	@Test
	void shouldFollowAndStopFollowingABodyFromADocumentsPage() throws Exception {
		this.mvc.perform(get("/documents/30").with(as(MONICA)))
			.andExpect(content().string(containsString("id=\"follow-body\"")))
			.andExpect(content().string(containsString("Follow PTS")))
			.andExpect(content().string(containsString("action=\"/documents/follows\"")));
		this.mvc
			.perform(post("/documents/follows").param("kind", "BODY")
				.param("value", "PTS")
				.param("back", "30")
				.with(as(MONICA))
				.with(csrf()))
			.andExpect(redirectedUrl("/documents/30"));
		then(this.documentFollows).should().follow(MONICA, DocumentFollows.Kind.BODY, "PTS");
		given(this.documentFollows.follows(MONICA.id(), DocumentFollows.Kind.BODY, "PTS")).willReturn(true);
		this.mvc.perform(get("/documents/30").with(as(MONICA)))
			.andExpect(content().string(containsString("Stop following PTS")))
			.andExpect(content().string(containsString("action=\"/documents/follows/remove\"")));
		this.mvc
			.perform(post("/documents/follows/remove").param("kind", "BODY")
				.param("value", "PTS")
				.with(as(MONICA))
				.with(csrf()))
			.andExpect(redirectedUrl("/documents"));
		then(this.documentFollows).should().unfollow(MONICA, DocumentFollows.Kind.BODY, "PTS");
		this.mvc
			.perform(post("/documents/follows").param("kind", "SHIP").param("value", "x").with(as(MONICA)).with(csrf()))
			.andExpect(redirectedUrl("/documents"));
		then(this.documentFollows).should(times(1)).follow(any(), any(), any());
	}

	@Test
	void shouldListTheMeetingsWhoseAgendaNamesTheDocument() throws Exception {
		given(this.documents.relatedMeetings(30)).willReturn(
				List.of(new Documents.RelatedMeeting(5, "WGB <61>", NOW, 4, "Guidelines & calibration", false)));
		this.mvc.perform(get("/documents/30").with(as(MONICA)))
			.andExpect(content().string(containsString("id=\"related-meetings\"")))
			.andExpect(content().string(containsString("href=\"/meetings/5\"")))
			.andExpect(content().string(containsString("WGB &lt;61&gt;")))
			.andExpect(content().string(containsString("agenda item 4: Guidelines &amp; calibration")));
	}

	@Test
	void shouldListDocumentsWithTheirLanguagesEscaped() throws Exception {
		this.mvc.perform(get("/documents").with(as(MONICA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CTBT/PTS/INF.1234")))
			.andExpect(content().string(containsString("Draft guidelines &lt;b&gt;bold&lt;/b&gt;")))
			.andExpect(content().string(not(containsString("upload-document"))));
	}

	@Test
	void shouldShowPendingLanguagesAndOfferDownloadsOnlyToThoseWhoMay() throws Exception {
		this.mvc.perform(get("/documents/30").with(as(MONICA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"download-en\"")))
			.andExpect(content().string(containsString("Pending")));
		this.mvc.perform(get("/documents/30").with(as(FAITH)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"download-en\""))))
			.andExpect(content().string(containsString("fax-only-note")));
		this.mvc.perform(get("/documents/30/files/40").with(as(FAITH))).andExpect(status().isForbidden());
	}

	@Test
	void shouldLeadFromADiscussionsPaperToItsDocument() throws Exception {
		this.mvc.perform(get("/documents/by-symbol").param("symbol", "CTBT/PTS/INF.1234").with(as(MONICA)))
			.andExpect(redirectedUrl("/documents/30"));
		this.mvc.perform(get("/discussions/10").with(as(MONICA)))
			.andExpect(content().string(containsString("/documents/by-symbol?symbol=INF.1234")));
	}

	@Test
	void shouldReceiveSeveralLanguageVersionsFromOneForm() throws Exception {
		given(this.documentUploads.receive(eq(SAM), any())).willReturn(new DocumentUploads.Received(DOC, EN, true));
		this.mvc
			.perform(multipart("/documents")
				.file(new MockMultipartFile("file_en", "g.pdf", "application/pdf",
						"en".getBytes(StandardCharsets.UTF_8)))
				.file(new MockMultipartFile("file_ru", "g-ru.pdf", "application/pdf",
						"ru".getBytes(StandardCharsets.UTF_8)))
				.param("symbol", "CTBT/PTS/INF.1234")
				.param("title_en", "Guidelines")
				.param("title_ru", "Руководство")
				.with(as(SAM))
				.with(csrf()))
			.andExpect(redirectedUrl("/documents/30"));
		then(this.documentUploads).should(times(2)).receive(eq(SAM), any());
		then(this.documentUploads).should()
			.receive(eq(SAM), argThat((u) -> u.language().equals("ru") && u.title().equals("Руководство")));
	}

	@Test
	void shouldKeepTheUploadFormFromMonitoringParticipants() throws Exception {
		this.mvc.perform(get("/documents/new").with(as(MONICA))).andExpect(status().isForbidden());
		this.mvc.perform(get("/documents/new").with(as(SAM))).andExpect(status().isOk());
	}

	@Test
	void shouldHighlightSearchHitsWithoutLettingTheTextBecomeMarkup() throws Exception {
		given(this.search.search(eq(MONICA), eq("station"), any(), any(), eq(30)))
			.willReturn(List.of(new SearchHit(SearchIndex.Kind.DOCUMENT, 40, 30L, "CTBT/PTS/INF.1234", null, null, "en",
					"Guidelines", List.of(new SearchHit.Segment("<script>x</script> the ", false),
							new SearchHit.Segment("stations", true)),
					1)));
		this.mvc.perform(get("/search").param("q", "station").with(as(MONICA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>stations</mark>")))
			.andExpect(content().string(containsString("&lt;script&gt;x&lt;/script&gt;")));
	}

}
