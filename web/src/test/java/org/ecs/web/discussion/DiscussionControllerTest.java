package org.ecs.web.discussion;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.ecs.core.comment.Comment;
import org.ecs.core.contribution.Attachment;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;
import org.springframework.mock.web.MockMultipartFile;
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
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
	void shouldSearchFilterAndSortTheDiscussionsList() throws Exception {
		this.mvc.perform(get("/discussions").param("state", "open").with(as(ALICE)))
			.andExpect(model().attribute("discussions", List.of(OPEN)));
		this.mvc.perform(get("/discussions").param("q", "wgb-60").with(as(ALICE)))
			.andExpect(model().attribute("discussions", List.of(CLOSED)));
		this.mvc.perform(get("/discussions").param("kind", "PAPER").param("state", "closed").with(as(ALICE)))
			.andExpect(model().attribute("discussions", List.of()))
			.andExpect(content().string(containsString("id=\"no-discussions-match\"")));
		this.mvc.perform(get("/discussions").param("sort", "deadline").with(as(ALICE)))
			.andExpect(model().attribute("discussions", List.of(CLOSED, OPEN)));
		this.mvc.perform(get("/discussions").param("sort", "drop table").with(as(ALICE)))
			.andExpect(model().attribute("discussions", List.of(OPEN, CLOSED)));
	}

	@Test
	void shouldShowTheAuthorWhatACoordinatorChangedBeforePublishingAndNobodyElse() throws Exception {
		given(this.comments.inDiscussion(OPEN.id()))
			.willReturn(List.of(new Comment(1, OPEN.id(), ALICE.id(), "Alice Full", "AUT", "We support the draft.",
					Channel.WEB, NOW.minus(Duration.ofHours(3)), CORA.id(), "Cora Coordinator", null, null, NOW)));
		given(this.comments.editedBeforePublication(OPEN.id(), ALICE.id()))
			.willReturn(java.util.Map.of(1L, "We support the draft, you idiots."));
		this.mvc.perform(get("/discussions/" + OPEN.id()).with(as(ALICE)))
			.andExpect(content().string(containsString("A coordinator edited your text before publishing it")))
			.andExpect(
					content().string(containsString("title=\"removed by the coordinator\">draft, you idiots.</del>")))
			.andExpect(content().string(containsString("title=\"added by the coordinator\">draft.</ins>")));
		this.mvc.perform(get("/discussions/" + OPEN.id()).with(as(MONICA)))
			.andExpect(content().string(not(containsString("id=\"edited-1\""))));
	}

	@Test
	void shouldOfferAFaxOnlyParticipantNoWebFormAndRefuseTheirPost() throws Exception {
		org.ecs.core.participant.Participant faith = new org.ecs.core.participant.Participant(7, "faith", "Faith Fax",
				null, "+254201234567", "KEN", "en", org.ecs.core.participant.Level.FULL,
				java.util.Set.of(org.ecs.core.participant.Role.PARTICIPANT),
				java.util.EnumSet.of(org.ecs.core.participant.Channel.FAX), true);
		given(this.directory.findByUsername("faith")).willReturn(java.util.Optional.of(faith));
		given(this.discussions.isInAudience(OPEN.id(), 7)).willReturn(true);
		given(this.discussions.visibleTo(7)).willReturn(List.of(OPEN));
		this.mvc.perform(get("/discussions/" + OPEN.id()).with(as(faith)))
			.andExpect(content().string(not(containsString("id=\"comment-form\""))))
			.andExpect(content().string(containsString("answer on the reply sheet faxed to you")));
		this.mvc.perform(get("/discussions").with(as(faith)))
			.andExpect(content().string(not(containsString("id=\"new-discussion\""))));
		this.mvc
			.perform(post("/discussions/" + OPEN.id() + "/comments").with(as(faith))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("text", "By web")
				.param("requestKey", "k"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/discussions/new").with(as(faith))).andExpect(status().isForbidden());
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
		given(this.webContributions.post(eq(ALICE), eq(OPEN.id()), eq("We agree."), startsWith("key-1-"),
				eq(List.of())))
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
		given(this.webContributions.post(any(), anyLong(), anyString(), anyString(), any()))
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
		then(this.webContributions).should(never()).post(any(), anyLong(), any(), any(), any());
	}

	@Test
	void shouldRefuseAPostFromAMonitoringParticipantWith403() throws Exception {
		this.mvc.perform(post("/discussions/10/comments").with(as(MONICA)).with(csrf()).param("text", "x"))
			.andExpect(status().isForbidden());
		then(this.webContributions).should(never()).post(any(), anyLong(), any(), any(), any());
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
		given(this.webContributions.post(eq(ALICE), eq(OPEN.id()), eq(" "), startsWith("k-"), eq(List.of())))
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
	void shouldShowWhoWasInvited() throws Exception {
		given(this.discussions.audienceNames(OPEN.id())).willReturn(List.of("Alice Full", "Bruno Full"));
		this.mvc.perform(get("/discussions/10").with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Invited: 2 people")))
			.andExpect(content().string(containsString("<li dir=\"auto\">Bruno Full</li>")));
		this.mvc.perform(get("/discussions/10").param("lang", "fr").with(as(ALICE)))
			.andExpect(content().string(containsString("Invitées : 2 personnes")));
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
		this.mvc.perform(get("/discussions/10").param("lang", "fr").with(as(ALICE)))
			.andExpect(content().string(containsString("Notifié : web : remis : 5 · fax : en échec : 1")))
			.andExpect(content().string(containsString("fax à Faith Fax : en échec : no answer")));
		this.mvc.perform(get("/discussions/10").param("lang", "ar").with(as(ALICE)))
			.andExpect(content().string(containsString("الويب: سُلّمت: 5 · الفاكس: تعذّر تسليمها: 1")));
		this.mvc.perform(get("/discussions/10").with(as(MONICA)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Notified:"))));
	}

	static final Attachment PDF = new Attachment("annex.pdf", "application/pdf", 2048, "c".repeat(64));

	static final Participant FAITH = new Participant(6, "faith", "Faith Fax", null, "+254201234567", "KEN", "en",
			Level.FULL, Set.of(Role.PARTICIPANT), EnumSet.of(Channel.FAX), true);

	@Test
	void shouldTakeTheFilesOfACommentFromTheFormCheckedBeforeItIsPosted() throws Exception {
		given(this.commentAttachments.accept(any())).willReturn(List.of(PDF));
		given(this.webContributions.post(eq(ALICE), eq(OPEN.id()), eq("See the annex."), startsWith("key-2-"),
				eq(List.of(PDF))))
			.willReturn(record(ContributionStatus.RECEIVED, null, "See the annex."));
		this.mvc
			.perform(multipart("/discussions/10/comments")
				.file(new MockMultipartFile("attachments", "annex.pdf", "application/pdf", "%PDF-1.4".getBytes()))
				.file(new MockMultipartFile("attachments", "", "application/octet-stream", new byte[0]))
				.param("text", "See the annex.")
				.param("requestKey", "key-2")
				.with(as(ALICE))
				.with(csrf()))
			.andExpect(redirectedUrl("/discussions/10#post-outcome"));
		// the empty file input is no file
		then(this.commentAttachments).should()
			.accept(argThat((files) -> files.size() == 1 && files.get(0).name().equals("annex.pdf")
					&& new String(files.get(0).bytes()).equals("%PDF-1.4")));
	}

	@Test
	void shouldExplainARefusedFileAndKeepTheText() throws Exception {
		given(this.commentAttachments.accept(any())).willThrow(ContributionRefusedException
			.invalid("tool.exe: a application/x-msdownload file is not taken; attach PDF, Word"));
		this.mvc
			.perform(multipart("/discussions/10/comments")
				.file(new MockMultipartFile("attachments", "tool.exe", "application/pdf", new byte[] { 'M', 'Z' }))
				.param("text", "My tool")
				.param("requestKey", "key-3")
				.with(as(ALICE))
				.with(csrf()))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(model().attribute("postError", containsString("tool.exe")))
			.andExpect(content().string(containsString("My tool")));
		then(this.webContributions).should(never()).post(any(), anyLong(), any(), any(), any());
	}

	@Test
	void shouldShowTheFilesUnderTheCommentAndSendThemToThoseWhoMayHaveFiles() throws Exception {
		given(this.comments.inDiscussion(OPEN.id()))
			.willReturn(List.of(new Comment(1, OPEN.id(), ALICE.id(), "Alice Full", "AUT", "See the annex.",
					Channel.WEB, NOW, CORA.id(), "Cora Coordinator", null, null, NOW)));
		given(this.commentAttachments.ofComments(any())).willReturn(Map.of(1L, List.of(PDF)));
		given(this.blobs.getVerified(PDF.blobKey())).willReturn(Optional.of("%PDF-1.4".getBytes()));
		given(this.directory.findByUsername("faith")).willReturn(Optional.of(FAITH));
		given(this.discussions.isInAudience(OPEN.id(), FAITH.id())).willReturn(true);

		this.mvc.perform(get("/discussions/10").with(as(MONICA)))
			.andExpect(content().string(containsString("/discussions/10/comments/1/attachments/0")))
			.andExpect(content().string(containsString("(application/pdf, 3 KB)")));
		this.mvc.perform(get("/discussions/10/comments/1/attachments/0").with(as(MONICA)))
			.andExpect(status().isOk())
			.andExpect(content().bytes("%PDF-1.4".getBytes()))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		this.mvc.perform(get("/discussions/10/comments/1/attachments/1").with(as(MONICA)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/discussions/10/comments/2/attachments/0").with(as(MONICA)))
			.andExpect(status().isNotFound());
		// a fax-only participant sees the name, never the file
		this.mvc.perform(get("/discussions/10").with(as(FAITH)))
			.andExpect(content().string(containsString("annex.pdf")))
			.andExpect(content().string(not(containsString("/attachments/0"))));
		this.mvc.perform(get("/discussions/10/comments/1/attachments/0").with(as(FAITH)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/discussions/10/comments/1/attachments/0").with(as(OTTO)))
			.andExpect(status().isNotFound());
	}

}
