package org.ecs.web.review;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.ecs.core.participant.Channel;
import org.ecs.core.review.ReviewException;
import org.ecs.core.review.ReviewItem;
import org.ecs.core.review.ReviewState;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class ReviewControllerTest extends WebSliceTest {

	static final UUID EMAILED = UUID.fromString("00000000-0000-0000-0000-000000000001");

	static final UUID FAXED = UUID.fromString("00000000-0000-0000-0000-000000000002");

	static final ReviewItem EMAIL_ITEM = new ReviewItem(EMAILED, OPEN.id(), OPEN.title(), Channel.EMAIL, ALICE.id(),
			"Alice Full", NOW.minus(Duration.ofHours(26)), "Original <b>text</b>", null, ReviewState.PENDING, null,
			null, NOW.minus(Duration.ofHours(26)), "{}", null);

	static final ReviewItem FAX_ITEM = new ReviewItem(FAXED, null, null, Channel.FAX, null, null,
			NOW.minus(Duration.ofMinutes(30)), "Transcribed fax", null, ReviewState.PENDING, ADAM.id(),
			"Adam Administrator", NOW.minus(Duration.ofMinutes(30)), "{}", null);

	@Test
	void shouldListPendingItemsOldestFirstWithAgeAndAssignmentForUnknownSenders() throws Exception {
		given(this.reviewInbox.pending(CORA, null)).willReturn(List.of(EMAIL_ITEM, FAX_ITEM));
		this.mvc.perform(get("/review").with(as(CORA)))
			.andExpect(status().isOk())
			.andExpect(view().name("review"))
			.andExpect(model().attribute("items", List.of(EMAIL_ITEM, FAX_ITEM)))
			.andExpect(content().string(containsString("class=\"review-item card\"")))
			.andExpect(content().string(containsString("data-id=\"" + EMAILED + "\"")))
			.andExpect(content().string(containsString("1 d 2 h ago")))
			.andExpect(content().string(containsString("30 min ago")))
			.andExpect(content().string(containsString("Claimed by Adam Administrator.")))
			.andExpect(content().string(containsString("name=\"authorId\"")))
			.andExpect(content().string(containsString("Original &lt;b&gt;text&lt;/b&gt;")));
	}

	static final ReviewItem TRIMMED_ITEM = new ReviewItem(EMAILED, OPEN.id(), OPEN.title(), Channel.EMAIL, ALICE.id(),
			"Alice Full", NOW.minus(Duration.ofHours(1)), "I agree.", null, ReviewState.PENDING, null, null,
			NOW.minus(Duration.ofHours(1)),
			"{\"email.removed.1.why\":\"NOTIFICATION\",\"email.removed.1.text\":\"> Ann commented:\","
					+ "\"email.removed.2.why\":\"SIGNATURE\",\"email.removed.2.text\":\"-- \\nAlice, Ministry\","
					+ "\"email.keptButUnsure\":\"Sent by email reply (test).\"}",
			null);

	@Test
	void shouldShowWhatWasRemovedFromAMailAndWhyBesideTheText() throws Exception {
		given(this.reviewInbox.pending(CORA, null)).willReturn(List.of(TRIMMED_ITEM));
		this.mvc.perform(get("/review").with(as(CORA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Removed as a copy of ECS&#39;s notification")))
			.andExpect(content().string(containsString("Removed as a signature")))
			.andExpect(content().string(containsString("&gt; Ann commented:")))
			.andExpect(content().string(containsString("/review/" + EMAILED + "/restore/2")))
			.andExpect(content().string(containsString("Sent by email reply (test).")));
	}

	@Test
	void shouldRestoreARemovedPartAtTheEndOfTheTextAsTheReviewerHasIt() throws Exception {
		given(this.reviewInbox.item(CORA, EMAILED)).willReturn(TRIMMED_ITEM);
		this.mvc
			.perform(post("/review/{id}/restore/{n}", EMAILED, 2).with(as(CORA)).with(csrf()).param("text", "I agree!"))
			.andExpect(redirectedUrl("/review"))
			.andExpect(flash().attribute("notice", containsString("Restored")));
		then(this.reviewInbox).should().edit(CORA, EMAILED, "I agree!\n\n-- \nAlice, Ministry");
		this.mvc.perform(post("/review/{id}/restore/{n}", EMAILED, 9).with(as(CORA)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldFilterByDiscussion() throws Exception {
		given(this.reviewInbox.pending(CORA, null)).willReturn(List.of(EMAIL_ITEM, FAX_ITEM));
		this.mvc.perform(get("/review").param("discussion", "10").with(as(CORA)))
			.andExpect(model().attribute("items", hasSize(1)))
			.andExpect(model().attribute("filter", 10L));
	}

	@Test
	void shouldApproveWithTheEditedTextAndComeBackToTheQueue() throws Exception {
		this.mvc
			.perform(post("/review/{id}/approve", EMAILED).with(as(CORA))
				.with(csrf())
				.param("text", "Edited text")
				.param("reason", ""))
			.andExpect(redirectedUrl("/review"))
			.andExpect(flash().attribute("notice", containsString("Approved")));
		then(this.reviewInbox).should().approve(CORA, EMAILED, "Edited text");
	}

	@Test
	void shouldSayClearlyWhenSomeoneElseDecidedFirst() throws Exception {
		willThrow(new ReviewException(ReviewException.Kind.CONFLICT, "This item has already been decided."))
			.given(this.reviewInbox)
			.reject(eq(CORA), eq(EMAILED), any());
		this.mvc
			.perform(post("/review/{id}/reject", EMAILED).param("discussion", "10")
				.with(as(CORA))
				.with(csrf())
				.param("reason", "Off topic"))
			.andExpect(redirectedUrl("/review?discussion=10"))
			.andExpect(flash().attribute("alert", containsString("Someone else decided this item first")));
	}

	@Test
	void shouldSayARefusalInTheCoordinatorsLanguage() throws Exception {
		willThrow(new ReviewException(ReviewException.Kind.INVALID, "monitoring",
				"Monica is a monitoring participant and cannot post.", "Monica"))
			.given(this.reviewInbox)
			.approve(eq(CORA), eq(EMAILED), any());
		this.mvc
			.perform(post("/review/{id}/approve", EMAILED).param("lang", "fr")
				.with(as(CORA))
				.with(csrf())
				.param("text", "Edited text"))
			.andExpect(flash().attribute("alert", "Monica est participant observateur et ne peut pas publier."));
	}

	@Test
	void shouldSayARefusalWithoutAKeyInTheCoordinatorsLanguage() throws Exception {
		willThrow(new ReviewException(ReviewException.Kind.INVALID, "Something only said in English."))
			.given(this.reviewInbox)
			.reject(eq(CORA), eq(EMAILED), isNull());
		this.mvc.perform(post("/review/{id}/reject", EMAILED).param("lang", "fr").with(as(CORA)).with(csrf()))
			.andExpect(redirectedUrl("/review"))
			.andExpect(flash().attribute("alert",
					"Cette action n’a pas pu être effectuée ; rechargez la page et réessayez."));
	}

	@Test
	void shouldSayABrokenCharacterInAReasonInTheCoordinatorsLanguage() throws Exception {
		willThrow(new ReviewException(ReviewException.Kind.INVALID,
				org.ecs.core.text.InputText.said("reason", "bell\u0007").orElseThrow()))
			.given(this.reviewInbox)
			.reject(eq(CORA), eq(EMAILED), eq("bell\u0007"));
		this.mvc
			.perform(post("/review/{id}/reject", EMAILED).param("lang", "fr")
				.param("reason", "bell\u0007")
				.with(as(CORA))
				.with(csrf()))
			.andExpect(redirectedUrl("/review"))
			.andExpect(flash().attribute("alert",
					"reason : contient le caractère de contrôle U+0007, qu’un texte ne peut pas contenir."));
	}

	@Test
	void shouldAskForAReasonToReject() throws Exception {
		willThrow(new ReviewException(ReviewException.Kind.INVALID, "reason-needed",
				"Give the author a reason for the rejection."))
			.given(this.reviewInbox)
			.reject(eq(CORA), eq(EMAILED), isNull());
		this.mvc.perform(post("/review/{id}/reject", EMAILED).with(as(CORA)).with(csrf()))
			.andExpect(redirectedUrl("/review"))
			.andExpect(flash().attribute("alert", "Give the author a reason for the rejection."));
	}

	@Test
	void shouldClaimEditAndAssign() throws Exception {
		this.mvc.perform(post("/review/{id}/claim", FAXED).with(as(CORA)).with(csrf()))
			.andExpect(flash().attribute("notice", containsString("Claimed")));
		this.mvc.perform(post("/review/{id}/text", FAXED).with(as(CORA)).with(csrf()).param("text", "Better"))
			.andExpect(flash().attribute("notice", containsString("Text saved")));
		this.mvc
			.perform(post("/review/{id}/assign", FAXED).with(as(CORA))
				.with(csrf())
				.param("discussionId", "10")
				.param("authorId", "1"))
			.andExpect(flash().attribute("notice", "Assigned."));
		then(this.reviewInbox).should().claim(CORA, FAXED);
		then(this.reviewInbox).should().edit(CORA, FAXED, "Better");
		then(this.reviewInbox).should().assign(CORA, FAXED, 10L, 1L);
	}

	@Test
	void shouldOfferOnlyDiscussionsTheReviewerCoordinatesAndAuthorsWhoMayPost() throws Exception {
		org.ecs.core.discussion.Discussion others = new org.ecs.core.discussion.Discussion(12, "Someone else's",
				org.ecs.core.discussion.SubjectKind.TOPIC, null, "", ADAM.id(), NOW.minus(Duration.ofDays(1)),
				NOW.plus(Duration.ofDays(5)), org.ecs.core.discussion.ReviewPolicy.EVERY);
		given(this.discussions.visibleTo(CORA.id())).willReturn(List.of(OPEN, others));
		given(this.reviewInbox.pending(CORA, null)).willReturn(List.of(FAX_ITEM));
		this.mvc.perform(get("/review").with(as(CORA)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("assignableDiscussions", List.of(OPEN)))
			.andExpect(model().attribute("assignableAuthors", List.of(ADAM, ALICE, CORA, OTTO)));
	}

	@Test
	void shouldShowWhyAnAssignmentWasRefused() throws Exception {
		given(this.reviewInbox.item(CORA, EMAILED)).willReturn(EMAIL_ITEM);
		willThrow(new ReviewException(ReviewException.Kind.FORBIDDEN, "not-coordinator",
				"You do not coordinate the discussion \u201cX\u201d.", "X"))
			.given(this.reviewInbox)
			.assign(CORA, EMAILED, 99L, null);
		this.mvc.perform(post("/review/{id}/assign", EMAILED).with(as(CORA)).with(csrf()).param("discussionId", "99"))
			.andExpect(redirectedUrl("/review"))
			.andExpect(
					flash().attribute("alert", containsString("You do not coordinate the discussion \u201cX\u201d")));
		willThrow(new ReviewException(ReviewException.Kind.INVALID, "monitoring",
				"Monica Monitoring is a monitoring participant and cannot post.", "Monica Monitoring"))
			.given(this.reviewInbox)
			.assign(CORA, EMAILED, null, MONICA.id());
		this.mvc
			.perform(post("/review/{id}/assign", EMAILED).with(as(CORA))
				.with(csrf())
				.param("authorId", Long.toString(MONICA.id())))
			.andExpect(flash().attribute("alert", containsString("monitoring participant")));
	}

	@Test
	void shouldAnswer403WhenTheItemBelongsToAnotherCoordinator() throws Exception {
		willThrow(new ReviewException(ReviewException.Kind.FORBIDDEN, "You do not coordinate this discussion."))
			.given(this.reviewInbox)
			.approve(eq(CORA), eq(EMAILED), any());
		this.mvc.perform(post("/review/{id}/approve", EMAILED).with(as(CORA)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@org.junit.jupiter.api.Test
	void shouldShowALongFaxBeingReadPageByPage() throws Exception {
		org.mockito.BDDMockito.given(this.intakeProgress.current())
			.willReturn(java.util.List.of(new org.ecs.core.contribution.IntakeProgress.Work("fax:1",
					"Fax from Faith Fax (Kenya): reading the pages", 3, 12, NOW.minusSeconds(20))));

		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/review").with(as(CORA)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("page 3 of 12")));
	}

}
