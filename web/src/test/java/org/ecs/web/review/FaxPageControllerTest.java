package org.ecs.web.review;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.ecs.core.participant.Channel;
import org.ecs.core.review.PageReading;
import org.ecs.core.review.ReviewException;
import org.ecs.core.review.ReviewItem;
import org.ecs.core.review.ReviewState;
import org.ecs.web.WebSliceTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The fax view of the console and its page images, reviewers only. */
class FaxPageControllerTest extends WebSliceTest {

	static final UUID FAXED = UUID.fromString("00000000-0000-0000-0000-0000000000fa");

	static final String KEY = "a".repeat(64);

	static final ReviewItem FAX = new ReviewItem(FAXED, OPEN.id(), OPEN.title(), Channel.FAX, ALICE.id(), "Alice Full",
			NOW.minus(Duration.ofMinutes(5)), "We supp0rt the draft", null, ReviewState.PENDING, null, null,
			NOW.minus(Duration.ofMinutes(5)),
			"{\"fax.pageImages\": \"" + KEY
					+ "\", \"fax.routedBy\": \"qr\", \"ocr.meanConfidence\": \"80.0\", \"ocr.lowConfidenceWords\": \"supp0rt\"}",
			null);

	// the blob store's mock is the slice's (WebSliceTest.blobs)

	@MockitoBean
	PageReading reading;

	@Test
	void shouldShowEachPageBesideTheTextWithUnsureWordsMarked() throws Exception {
		given(this.reviewInbox.pending(CORA, null)).willReturn(List.of(FAX));

		this.mvc.perform(get("/review").with(as(CORA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/review/" + FAXED + "/pages/1")))
			.andExpect(content().string(containsString("<mark class=\"low-confidence\">supp0rt</mark>")))
			.andExpect(content().string(containsString("Routed by qr")));
	}

	@Test
	void shouldShowEachPageBesideItsOwnTextUnsureWordsAndConfidence() throws Exception {
		UUID id = UUID.fromString("00000000-0000-0000-0000-0000000000fb");
		ReviewItem paged = new ReviewItem(id, OPEN.id(), OPEN.title(), Channel.FAX, ALICE.id(), "Alice Full",
				NOW.minus(Duration.ofMinutes(5)), "We supp0rt the draft\n\nAnnex <b>B</b> is unclear", null,
				ReviewState.PENDING, null, null, NOW.minus(Duration.ofMinutes(5)),
				"{\"fax.pageImages\": \"aa,bb,cc\", \"fax.routedBy\": \"qr\", \"ocr.meanConfidence\": \"84.0\", "
						+ "\"ocr.lowConfidenceWords\": \"supp0rt +43\", \"ocr.pagesRead\": \"3\", "
						+ "\"ocr.page.1.text\": \"We supp0rt the draft\", \"ocr.page.1.meanConfidence\": \"80.5\", "
						+ "\"ocr.page.1.lowConfidenceWords\": \"supp0rt\", \"ocr.page.1.linesRemoved\": \"7\", "
						+ "\"ocr.page.2.text\": \"\", \"ocr.page.2.meanConfidence\": \"88.0\", "
						+ "\"ocr.page.2.lowConfidenceWords\": \"\", \"ocr.page.2.linesRemoved\": \"4\", "
						+ "\"ocr.page.3.text\": \"Annex <b>B</b> is unclear\", \"ocr.page.3.meanConfidence\": \"93.2\", "
						+ "\"ocr.page.3.lowConfidenceWords\": \"\"}",
				null);
		given(this.reviewInbox.pending(CORA, null)).willReturn(List.of(paged));

		String html = this.mvc.perform(get("/review").with(as(CORA)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		List<String> rows = rows(html);
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).contains("<th scope=\"row\" class=\"fax-page-number\">Page 1 of 3</th>")
			.contains("src=\"/review/" + id + "/pages/1\"")
			.contains("alt=\"Page 1 of the fax as received\"")
			.contains("OCR confidence 80.5%, 1 word(s) marked as unsure")
			.contains("<mark class=\"low-confidence\">supp0rt</mark><span class=\"visually-hidden\"> (unsure)</span>")
			.contains(" the draft</pre>")
			.doesNotContain("Annex");
		assertThat(rows.get(1)).contains("Page 2 of 3")
			.contains("src=\"/review/" + id + "/pages/2\"")
			.contains("only the reply sheet&#39;s own print")
			.doesNotContain("<pre")
			.doesNotContain("OCR confidence");
		assertThat(rows.get(2)).contains("src=\"/review/" + id + "/pages/3\"")
			.contains("OCR confidence 93.2%, 0 word(s) marked as unsure")
			.contains("Annex &lt;b&gt;B&lt;/b&gt; is unclear")
			.doesNotContain("<mark")
			.doesNotContain("supp0rt");
		assertThat(html).as("the whole text is still corrected in one place")
			.containsOnlyOnce("name=\"text\"")
			.contains("OCR confidence 84.0%");
	}

	@Test
	void shouldSayOfEachPageThatItHasNoTextWhenOcrWasUnavailable() throws Exception {
		UUID id = UUID.fromString("00000000-0000-0000-0000-0000000000fc");
		ReviewItem unread = new ReviewItem(id, OPEN.id(), OPEN.title(), Channel.FAX, ALICE.id(), "Alice Full",
				NOW.minus(Duration.ofMinutes(5)), "", null, ReviewState.PENDING, null, null,
				NOW.minus(Duration.ofMinutes(5)), "{\"fax.pageImages\": \"aa,bb\", \"fax.routedBy\": \"qr\", "
						+ "\"ocr.unavailable\": \"Tesseract with eng is not installed here\"}",
				null);
		given(this.reviewInbox.pending(CORA, null)).willReturn(List.of(unread));

		String html = this.mvc.perform(get("/review").with(as(CORA)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(rows(html)).hasSize(2).allSatisfy((row) -> assertThat(row).contains("No OCR text for this page."));
		assertThat(html).contains("No OCR text: Tesseract with eng is not installed here.");
	}

	@Test
	void shouldShowAFaxRecordedBeforePageTextsAsBefore() throws Exception {
		given(this.reviewInbox.pending(CORA, null)).willReturn(List.of(FAX));

		String html = this.mvc.perform(get("/review").with(as(CORA)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(rows(html)).isEmpty();
		assertThat(html).contains("<th scope=\"col\">Faxed pages</th>")
			.contains("<mark class=\"low-confidence\">supp0rt</mark>")
			.contains(" the draft</pre>");
	}

	private static List<String> rows(String html) {
		return Pattern.compile("<tr class=\"fax-page-row\".*?</tr>", Pattern.DOTALL)
			.matcher(html)
			.results()
			.map(MatchResult::group)
			.toList();
	}

	@Test
	void shouldServeThePageToAReviewerOfTheItemOnly() throws Exception {
		given(this.reviewInbox.item(eq(CORA), eq(FAXED))).willReturn(FAX);
		given(this.blobs.get(KEY)).willReturn(Optional.of(new byte[] { (byte) 0x89, 'P', 'N', 'G' }));
		this.mvc.perform(get("/review/" + FAXED + "/pages/1").with(as(CORA)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
		this.mvc.perform(get("/review/" + FAXED + "/pages/2").with(as(CORA))).andExpect(status().isNotFound());

		given(this.reviewInbox.item(eq(ADAM), any()))
			.willThrow(new ReviewException(ReviewException.Kind.FORBIDDEN, "not yours"));
		this.mvc.perform(get("/review/" + FAXED + "/pages/1").with(as(ADAM))).andExpect(status().isForbidden());
		this.mvc.perform(get("/review/" + FAXED + "/pages/1").with(as(ALICE))).andExpect(status().isForbidden());
	}

	@Test
	void shouldShowTheOriginalAsInertTextToAReviewerOnly() throws Exception {
		String original = "b".repeat(64);
		ReviewItem mailed = new ReviewItem(FAXED, OPEN.id(), OPEN.title(), Channel.EMAIL, ALICE.id(), "Alice Full", NOW,
				"Reply", null, ReviewState.PENDING, null, null, NOW, "{}", original);
		given(this.reviewInbox.item(eq(CORA), eq(FAXED))).willReturn(mailed);
		given(this.blobs.get(original))
			.willReturn(Optional.of("Subject: hi\r\n\r\n<script>alert(1)</script>".getBytes()));

		this.mvc.perform(get("/review/" + FAXED + "/original").with(as(CORA)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/plain"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("X-Content-Type-Options", "nosniff"));
		this.mvc.perform(get("/review/" + FAXED + "/original").with(as(ALICE))).andExpect(status().isForbidden());
	}

	@Test
	void shouldReadAPageAgainInAnotherLanguageAndReplaceItsTextWhenTheCoordinatorAsks() throws Exception {
		UUID id = UUID.fromString("00000000-0000-0000-0000-0000000000fc");
		ReviewItem russian = new ReviewItem(id, OPEN.id(), OPEN.title(), Channel.FAX, ALICE.id(), "Alice Full", NOW,
				"Otvet na voprosnik\n\nSecond page", null, ReviewState.PENDING, null, null, NOW,
				"{\"fax.pageImages\": \"" + KEY + "," + KEY + "\", \"ocr.pagesRead\": \"2\", "
						+ "\"ocr.page.1.text\": \"Otvet na voprosnik\", \"ocr.page.1.language\": \"en\", "
						+ "\"ocr.page.2.text\": \"Second page\"}",
				null);
		given(this.reviewInbox.pending(CORA, null)).willReturn(List.of(russian));
		given(this.reviewInbox.item(eq(CORA), eq(id))).willReturn(russian);
		given(this.blobs.get(KEY)).willReturn(Optional.of(new byte[] { 1 }));
		given(this.reading.read(any(), eq("ru"))).willReturn(Optional.of("Ответ на вопросник"));

		this.mvc.perform(get("/review").with(as(CORA)))
			.andExpect(content().string(containsString("/review/" + id + "/pages/1/reread")))
			.andExpect(content().string(containsString("value=\"ru\"")))
			.andExpect(content().string(containsString("Read in English")));
		this.mvc
			.perform(post("/review/{id}/pages/1/reread", id).param("language", "ru")
				.param("lang", "fr")
				.with(as(CORA))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("notice", "Page 1 relue en Русский : vérifiez son texte sur la page."));
		org.mockito.Mockito.verify(this.reviewInbox).edit(CORA, id, "Ответ на вопросник\n\nSecond page");
		given(this.reading.read(any(), eq("fr"))).willReturn(Optional.empty());
		this.mvc
			.perform(post("/review/{id}/pages/1/reread", id).param("language", "fr")
				.param("lang", "es")
				.with(as(CORA))
				.with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("alert", "La página 1 no se pudo leer en Français aquí."));

		this.mvc.perform(post("/review/{id}/pages/1/reread", id).param("language", "xx").with(as(CORA)).with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/review/{id}/pages/3/reread", id).param("language", "ru").with(as(CORA)).with(csrf()))
			.andExpect(status().isNotFound());
		given(this.reviewInbox.item(eq(ALICE), eq(id)))
			.willThrow(new ReviewException(ReviewException.Kind.FORBIDDEN, "no"));
		this.mvc.perform(post("/review/{id}/pages/1/reread", id).param("language", "ru").with(as(ALICE)).with(csrf()))
			.andExpect(status().isForbidden());
	}

}
