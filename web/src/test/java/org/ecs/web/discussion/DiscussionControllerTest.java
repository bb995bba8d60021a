package org.ecs.web.discussion;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ecs.core.comment.Comment;
import org.ecs.core.contribution.ContributionRecord;
import org.ecs.core.contribution.ContributionRefusedException;
import org.ecs.core.contribution.ContributionStatus;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.ReviewPolicy;
import org.ecs.core.participant.Channel;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class DiscussionControllerTest extends WebSliceTest {

	@Test
	void shouldListTheParticipantsDiscussionsOpenAndClosed() throws Exception {
		this.mvc.perform(get("/discussions").with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(view().name("discussions"))
			.andExpect(model().attribute("discussions", List.of(OPEN, CLOSED)))
			.andExpect(content().string(containsString("INF.1234")))
			.andExpect(content().string(containsString("status open")))
			.andExpect(content().string(containsString("status closed")))
			.andExpect(content().string(containsString("id=\"unread-count\"")));
	}

	@Test
	void shouldShowCommentsWithProvenanceAndTheFormToAFullParticipant() throws Exception {
		given(this.comments.inDiscussion(OPEN.id())).willReturn(List.of(
				new Comment(1, OPEN.id(), ALICE.id(), "Alice Full", "AUT", "We support the draft.", Channel.WEB,
						NOW.minus(Duration.ofHours(3)), CORA.id(), "Cora Coordinator", null, null, NOW),
				new Comment(2, OPEN.id(), 7, "Faith Fax", "KEN", "Para 3 needs work.", Channel.FAX,
						NOW.minus(Duration.ofHours(2)), CORA.id(), "Cora Coordinator", CORA.id(), "Cora Coordinator",
						NOW)));
		this.mvc.perform(get("/discussions/10").with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(view().name("discussion"))
			.andExpect(model().attribute("mayPost", true))
			.andExpect(content().string(containsString("id=\"comment-form\"")))
			.andExpect(content().string(containsString("name=\"requestKey\"")))
			.andExpect(content().string(containsString("reviewed by Cora Coordinator")))
			.andExpect(content().string(containsString("received by fax, transcribed and logged by Cora Coordinator")))
			.andExpect(content().string(containsString("(KEN)")));
	}

	@Test
	void shouldShowNoFormToAMonitoringParticipant() throws Exception {
		this.mvc.perform(get("/discussions/10").with(as(MONICA)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("mayPost", false))
			.andExpect(content().string(not(containsString("id=\"comment-form\""))))
			.andExpect(content().string(containsString("Monitoring participants can read discussions")));
	}

	@Test
	void shouldShowNoFormWhenTheDiscussionIsClosed() throws Exception {
		this.mvc.perform(get("/discussions/11").with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("open", false))
			.andExpect(content().string(not(containsString("id=\"comment-form\""))));
	}

	@Test
	void shouldAnswer404ToSomeoneOutsideTheAudience() throws Exception {
		this.mvc.perform(get("/discussions/10").with(as(OTTO))).andExpect(status().isNotFound());
		this.mvc.perform(post("/discussions/10/comments").with(as(OTTO)).with(csrf()).param("text", "hello"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/discussions/99").with(as(ALICE))).andExpect(status().isNotFound());
	}

	@Test
	void shouldShowOwnContributionsWaitingOrRejectedWithTheReason() throws Exception {
		given(this.contributions.byAuthorInDiscussion(ALICE.id(), OPEN.id()))
			.willReturn(List.of(record(ContributionStatus.PENDING_REVIEW, null, "first"),
					record(ContributionStatus.REJECTED, "Off topic for this paper.", "second")));
		this.mvc.perform(get("/discussions/10").with(as(ALICE)))
			.andExpect(content().string(containsString("Waiting for review")))
			.andExpect(content().string(containsString("Off topic for this paper.")));
	}

	@Test
	void shouldPostOnceWithTheRequestKeyAndSayItWaitsForReview() throws Exception {
		given(this.webContributions.post(ALICE, OPEN.id(), "We agree.", "key-1"))
			.willReturn(record(ContributionStatus.RECEIVED, null, "We agree."));
		this.mvc
			.perform(post("/discussions/10/comments").with(as(ALICE))
				.with(csrf())
				.param("text", "We agree.")
				.param("requestKey", "key-1"))
			.andExpect(redirectedUrl("/discussions/10#post-outcome"))
			.andExpect(outcome("waiting-for-review"));
	}

	@Test
	void shouldSayPublishedWhenThePolicyDoesNotReviewWebComments() throws Exception {
		var open = new Discussion(12, "No review", OPEN.subjectKind(), null, "", CORA.id(), OPEN.opensAt(),
				OPEN.deadline(), ReviewPolicy.NONE);
		given(this.discussions.findById(12)).willReturn(Optional.of(open));
		given(this.discussions.isInAudience(12, ALICE.id())).willReturn(true);
		given(this.webContributions.post(any(), anyLong(), anyString(), anyString()))
			.willReturn(record(ContributionStatus.RECEIVED, null, "Fine."));
		this.mvc
			.perform(post("/discussions/12/comments").with(as(ALICE))
				.with(csrf())
				.param("text", "Fine.")
				.param("requestKey", "k"))
			.andExpect(outcome("published"));
	}

	@Test
	void shouldRequireCsrfToPost() throws Exception {
		this.mvc.perform(post("/discussions/10/comments").with(as(ALICE)).param("text", "x"))
			.andExpect(status().isForbidden());
		then(this.webContributions).should(never()).post(any(), anyLong(), any(), any());
	}

	@Test
	void shouldRefuseAPostFromAMonitoringParticipantWith403() throws Exception {
		this.mvc.perform(post("/discussions/10/comments").with(as(MONICA)).with(csrf()).param("text", "x"))
			.andExpect(status().isForbidden());
		then(this.webContributions).should(never()).post(any(), anyLong(), any(), any());
	}

	@Test
	void shouldExplainWhyAPostToAClosedDiscussionIsRefusedAndKeepTheText() throws Exception {
		this.mvc
			.perform(post("/discussions/11/comments").with(as(ALICE))
				.with(csrf())
				.param("text", "Late thoughts")
				.param("requestKey", "k"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(model().attribute("postError", containsString("closed")))
			.andExpect(content().string(containsString("Late thoughts")));
	}

	@Test
	void shouldExplainAnEmptyComment() throws Exception {
		given(this.webContributions.post(ALICE, OPEN.id(), " ", "k"))
			.willThrow(new ContributionRefusedException("The comment is empty.", false));
		this.mvc
			.perform(post("/discussions/10/comments").with(as(ALICE))
				.with(csrf())
				.param("text", " ")
				.param("requestKey", "k"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("The comment is empty.")))
			.andExpect(content().string(containsString("value=\"k\"")));
	}

	private static ResultMatcher outcome(String status) {
		return (result) -> assertThat(result.getFlashMap().get("posted")).isInstanceOfSatisfying(
				DiscussionController.PostOutcome.class, (o) -> assertThat(o.status()).isEqualTo(status));
	}

	private static ContributionRecord record(ContributionStatus status, String reason, String text) {
		return new ContributionRecord(UUID.randomUUID(), Channel.WEB, OPEN.id(), ALICE.id(), NOW, text, status, reason,
				null, "{}", null);
	}

	@Test
	void shouldShowTheAuthorHowTheNotificationsOfTheirCommentFaredFailuresIncluded() throws Exception {
		given(this.comments.inDiscussion(OPEN.id())).willReturn(List.of(new Comment(1, OPEN.id(), ALICE.id(),
				"Alice Full", "AUT", "We support the draft.", Channel.WEB, NOW, null, null, null, null, NOW)));
		given(this.notifications.summaries(java.util.Set.of("comment:1"))).willReturn(java.util.Map.of("comment:1",
				new org.ecs.core.notification.DeliverySummary(
						List.of(new org.ecs.core.notification.DeliverySummary.Count(Channel.WEB,
								org.ecs.core.notification.DeliveryStatus.DELIVERED, 5),
								new org.ecs.core.notification.DeliverySummary.Count(Channel.FAX,
										org.ecs.core.notification.DeliveryStatus.FAILED, 1)),
						List.of(new org.ecs.core.notification.DeliverySummary.Failure("Faith Fax", Channel.FAX,
								org.ecs.core.notification.DeliveryStatus.FAILED, "no answer")))));

		this.mvc.perform(get("/discussions/10").with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Notified: web: 5 delivered · fax: 1 failed")))
			.andExpect(content().string(containsString("fax to Faith Fax failed: no answer")));
		this.mvc.perform(get("/discussions/10").with(as(MONICA)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Notified:"))));
	}

}
