package org.ecs.web.review;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ecs.core.blob.BlobStore;
import org.ecs.core.participant.Channel;
import org.ecs.core.review.ReviewException;
import org.ecs.core.review.ReviewItem;
import org.ecs.core.review.ReviewState;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

	@MockitoBean
	BlobStore blobs;

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

}
