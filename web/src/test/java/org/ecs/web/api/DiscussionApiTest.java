package org.ecs.web.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ecs.core.comment.Comment;
import org.ecs.core.contribution.ContributionRecord;
import org.ecs.core.contribution.ContributionStatus;
import org.ecs.core.participant.Channel;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DiscussionApiTest extends WebSliceTest {

	static final UUID ID = UUID.fromString("00000000-0000-0000-0000-00000000000a");

	@Test
	void shouldListVisibleDiscussions() throws Exception {
		this.mvc.perform(get("/api/v1/discussions").with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(10))
			.andExpect(jsonPath("$[0].open").value(true))
			.andExpect(jsonPath("$[1].open").value(false))
			.andExpect(jsonPath("$[0].deadline").value("2026-03-24T12:00:00Z"));
	}

	@Test
	void shouldShowADiscussionWithItsComments() throws Exception {
		given(this.comments.inDiscussion(OPEN.id())).willReturn(List.of(new Comment(1, OPEN.id(), ALICE.id(),
				"Alice Full", "AUT", "Agreed.", Channel.WEB, NOW, CORA.id(), "Cora Coordinator", null, null, NOW)));
		this.mvc.perform(get("/api/v1/discussions/10").with(as(MONICA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mayPost").value(false))
			.andExpect(jsonPath("$.comments[0].text").value("Agreed."))
			.andExpect(jsonPath("$.comments[0].reviewedBy").value("Cora Coordinator"));
	}

	@Test
	void shouldAnswer304ToAnUnchangedRevalidationAndNotToAnotherReader() throws Exception {
		given(this.comments.inDiscussion(OPEN.id())).willReturn(comments(3));
		String etag = this.mvc.perform(get("/api/v1/discussions/10").with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", org.hamcrest.Matchers.startsWith("W/\"discussion-api-10-v")))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-cache")))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.mvc.perform(get("/api/v1/discussions/10").with(as(ALICE)).header("If-None-Match", etag))
			.andExpect(status().isNotModified());
		this.mvc.perform(get("/api/v1/discussions/10").with(as(MONICA)).header("If-None-Match", etag))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.commentCount").value(3));
		this.mvc.perform(get("/api/v1/discussions/10").with(as(OTTO)).header("If-None-Match", etag))
			.andExpect(status().isNotFound());
		// a new comment, a new version: the revalidation gets it
		given(this.comments.inDiscussion(OPEN.id())).willReturn(comments(4));
		given(this.discussions.version(OPEN.id())).willReturn(3_000_001L);
		this.mvc.perform(get("/api/v1/discussions/10").with(as(ALICE)).header("If-None-Match", etag))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.commentCount").value(4))
			.andExpect(jsonPath("$.comments[3].text").value("Comment 4"));
	}

	@Test
	void shouldPageCommentsWithLinksAndGiveThemAllOnRequest() throws Exception {
		given(this.comments.inDiscussion(OPEN.id())).willReturn(comments(120));
		this.mvc.perform(get("/api/v1/discussions/10").with(as(ALICE)))
			.andExpect(jsonPath("$.commentCount").value(120))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.pages").value(3))
			.andExpect(jsonPath("$.comments.length()").value(50))
			.andExpect(header().string("Link", "</api/v1/discussions/10?size=50&page=2>; rel=\"next\""));
		this.mvc.perform(get("/api/v1/discussions/10").param("page", "2").param("size", "100").with(as(ALICE)))
			.andExpect(jsonPath("$.pages").value(2))
			.andExpect(jsonPath("$.comments.length()").value(20))
			.andExpect(jsonPath("$.comments[0].text").value("Comment 101"))
			.andExpect(header().string("Link", "</api/v1/discussions/10?size=100&page=1>; rel=\"prev\""));
		this.mvc.perform(get("/api/v1/discussions/10").param("all", "true").with(as(ALICE)))
			.andExpect(jsonPath("$.comments.length()").value(120))
			.andExpect(header().doesNotExist("Link"));
		this.mvc.perform(get("/api/v1/discussions/10").param("size", "501").with(as(ALICE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("size")));
		then(this.comments).should(org.mockito.Mockito.times(1)).inDiscussion(OPEN.id());
	}

	private static List<Comment> comments(int n) {
		List<Comment> list = new java.util.ArrayList<>();
		for (int i = 1; i <= n; i++) {
			list.add(new Comment(i, OPEN.id(), ALICE.id(), "Alice Full", "AUT", "Comment " + i, Channel.WEB, NOW, null,
					null, null, null, NOW));
		}
		return list;
	}

	@Test
	void shouldAnswer404InJsonToOutsiders() throws Exception {
		this.mvc.perform(get("/api/v1/discussions/10").with(as(OTTO)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.error").value("Not Found"))
			.andExpect(jsonPath("$.message").value("No such discussion."))
			.andExpect(jsonPath("$.path").value("/api/v1/discussions/10"))
			.andExpect(jsonPath("$.trace").doesNotExist());
		this.mvc.perform(postJson("/api/v1/discussions/10/comments", "{\"text\":\"hi\"}").with(as(OTTO)))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldAccept202WithTheContributionIdAndStatus() throws Exception {
		given(this.webContributions.post(ALICE, OPEN.id(), "Agreed.", "r-1"))
			.willReturn(new ContributionRecord(ID, Channel.WEB, OPEN.id(), ALICE.id(), NOW, "Agreed.",
					ContributionStatus.RECEIVED, null, null, "{}", null));
		this.mvc
			.perform(postJson("/api/v1/discussions/10/comments", "{\"text\":\"Agreed.\",\"requestKey\":\"r-1\"}")
				.with(as(ALICE)))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.id").value(ID.toString()))
			.andExpect(jsonPath("$.status").value("RECEIVED"));
	}

	@Test
	void shouldRefuseMonitoringParticipantsWith403() throws Exception {
		this.mvc.perform(postJson("/api/v1/discussions/10/comments", "{\"text\":\"hi\"}").with(as(MONICA)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.message").value("Monitoring participants can read discussions but cannot post."));
		then(this.webContributions).should(never()).post(any(), anyLong(), any(), any());
	}

	@Test
	void shouldAnswer409AfterTheDeadline() throws Exception {
		this.mvc.perform(postJson("/api/v1/discussions/11/comments", "{\"text\":\"late\"}").with(as(ALICE)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.status").value(409));
	}

	@Test
	void shouldAnswer400ForEmptyOrMissingTextAnd413ForTooLong() throws Exception {
		this.mvc.perform(postJson("/api/v1/discussions/10/comments", "{\"text\":\"  \"}").with(as(ALICE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400));
		this.mvc.perform(postJson("/api/v1/discussions/10/comments", "not json").with(as(ALICE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("Bad Request"));
		this.mvc
			.perform(postJson("/api/v1/discussions/10/comments", "{\"text\":\"" + "x".repeat(20_001) + "\"}")
				.with(as(ALICE)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.status").value(413));
	}

	@Test
	void shouldAnswer400NamingTheFieldForANulByteOrAHugeRequestKey() throws Exception {
		this.mvc.perform(postJson("/api/v1/discussions/10/comments", "{\"text\":\"a\\u0000b\"}").with(as(ALICE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message")
				.value("text: contains the control character U+0000, which text cannot hold."));
		this.mvc
			.perform(postJson("/api/v1/discussions/10/comments",
					"{\"text\":\"Agreed.\",\"requestKey\":\"" + "k".repeat(1_000_000) + "\"}")
				.with(as(ALICE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("requestKey: at most 200 characters."));
		then(this.webContributions).should(never()).post(any(), anyLong(), any(), any());
	}

	@Test
	void shouldRefuseAnApiBodyLargerThanTheLimitBeforeReadingIt() throws Exception {
		this.mvc
			.perform(postJson("/api/v1/discussions/10/comments", "{\"text\":\"" + "x".repeat(3_000_000) + "\"}")
				.with(as(ALICE)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.status").value(413))
			.andExpect(jsonPath("$.message").value("The request body is larger than 2 MB."));
		then(this.webContributions).should(never()).post(any(), anyLong(), any(), any());
	}

	@Test
	void shouldShowOwnContributionsAndHideOthers() throws Exception {
		ContributionRecord mine = new ContributionRecord(ID, Channel.WEB, OPEN.id(), ALICE.id(), NOW, "Agreed.",
				ContributionStatus.REJECTED, "Duplicate", null, "{}", null);
		given(this.contributions.find(ID)).willReturn(Optional.of(mine));
		this.mvc.perform(get("/api/v1/contributions/{id}", ID).with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reason").value("Duplicate"));
		this.mvc.perform(get("/api/v1/contributions/{id}", ID).with(as(CORA))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/contributions/{id}", ID).with(as(MONICA))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/contributions/not-a-uuid").with(as(ALICE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400));
	}

	@Test
	void shouldHideAContributionFromACoordinatorOfAnotherDiscussion() throws Exception {
		org.ecs.core.participant.Participant cody = participant(6, "cody", "Cody Coordinator",
				org.ecs.core.participant.Level.FULL, org.ecs.core.participant.Role.PARTICIPANT,
				org.ecs.core.participant.Role.COORDINATOR);
		given(this.directory.findByUsername("cody")).willReturn(Optional.of(cody));
		ContributionRecord pending = new ContributionRecord(ID, Channel.WEB, OPEN.id(), ALICE.id(), NOW, "Private.",
				ContributionStatus.PENDING_REVIEW, null, null, "{}", null);
		given(this.contributions.find(ID)).willReturn(Optional.of(pending));
		this.mvc.perform(get("/api/v1/contributions/{id}", ID).with(as(cody)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.message").value("No such contribution."));
		this.mvc.perform(get("/api/v1/contributions/{id}", ID).with(as(MONICA))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/contributions/{id}", ID).with(as(ADAM))).andExpect(status().isOk());

		ContributionRecord published = new ContributionRecord(ID, Channel.WEB, OPEN.id(), ALICE.id(), NOW, "Public.",
				ContributionStatus.PUBLISHED, null, null, "{}", null);
		given(this.contributions.find(ID)).willReturn(Optional.of(published));
		this.mvc.perform(get("/api/v1/contributions/{id}", ID).with(as(MONICA))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/contributions/{id}", ID).with(as(cody))).andExpect(status().isNotFound());
	}

	@Test
	void shouldAnswerUnknownPathsInJson() throws Exception {
		this.mvc.perform(get("/api/v1/nothing-here").with(as(ALICE)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.path").value("/api/v1/nothing-here"));
	}

	static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder postJson(String path,
			String body) {
		return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
