package org.ecs.web.api;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.ecs.core.deadletter.DeadLetter;
import org.ecs.core.notification.Notification;
import org.ecs.core.participant.Channel;
import org.ecs.core.review.ReviewException;
import org.ecs.core.review.ReviewItem;
import org.ecs.core.review.ReviewState;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ReviewAndInboxApiTest extends WebSliceTest {

	static final UUID ID = UUID.fromString("00000000-0000-0000-0000-00000000000b");

	static final ReviewItem ITEM = new ReviewItem(ID, OPEN.id(), OPEN.title(), Channel.EMAIL, ALICE.id(), "Alice Full",
			NOW.minus(Duration.ofHours(1)), "text", null, ReviewState.PENDING, null, null, NOW, "{}", "blobkey");

	@Test
	void shouldListPendingItemsForADiscussion() throws Exception {
		given(this.reviewInbox.pending(CORA, 10L)).willReturn(List.of(ITEM));
		this.mvc.perform(get("/api/v1/review/items").param("discussionId", "10").with(as(CORA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(ID.toString()))
			.andExpect(jsonPath("$[0].originalKey").doesNotExist());
	}

	@Test
	void shouldClaimEditApproveAndReject() throws Exception {
		given(this.reviewInbox.claim(CORA, ID)).willReturn(ITEM);
		given(this.reviewInbox.edit(CORA, ID, "better")).willReturn(ITEM);
		this.mvc.perform(post("/api/v1/review/items/{id}/claim", ID).with(as(CORA))).andExpect(status().isOk());
		this.mvc
			.perform(put("/api/v1/review/items/{id}/text", ID).with(as(CORA))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"better\"}"))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/review/items/{id}/approve", ID).with(as(CORA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("APPROVED"));
		this.mvc
			.perform(post("/api/v1/review/items/{id}/reject", ID).with(as(CORA))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"Off topic\"}"))
			.andExpect(jsonPath("$.state").value("REJECTED"));
		then(this.reviewInbox).should().approve(CORA, ID, null);
		then(this.reviewInbox).should().reject(CORA, ID, "Off topic");
	}

	@Test
	void shouldAnswer409WhenSomeoneElseDecidedAnd400WithoutAReason() throws Exception {
		willThrow(new ReviewException(ReviewException.Kind.CONFLICT, "This item has already been decided."))
			.given(this.reviewInbox)
			.approve(eq(CORA), eq(ID), any());
		this.mvc
			.perform(post("/api/v1/review/items/{id}/approve", ID).with(as(CORA))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"x\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.message").value("This item has already been decided."));
		this.mvc
			.perform(post("/api/v1/review/items/{id}/reject", ID).with(as(CORA))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("reason: must not be blank"));
	}

	@Test
	void shouldMapReviewRefusalsToStatuses() throws Exception {
		willThrow(new ReviewException(ReviewException.Kind.NOT_FOUND, "No such review item.")).given(this.reviewInbox)
			.claim(CORA, ID);
		this.mvc.perform(post("/api/v1/review/items/{id}/claim", ID).with(as(CORA))).andExpect(status().isNotFound());
		willThrow(new ReviewException(ReviewException.Kind.FORBIDDEN, "You do not coordinate this discussion."))
			.given(this.reviewInbox)
			.item(CORA, ID);
		this.mvc.perform(get("/api/v1/review/items/{id}", ID).with(as(CORA))).andExpect(status().isForbidden());
	}

	@Test
	void shouldListNotificationsAndMarkRead() throws Exception {
		given(this.webInbox.unread(ALICE.id())).willReturn(1);
		given(this.webInbox.latest(ALICE.id(), 50)).willReturn(List.of(new Notification(5, ALICE.id(),
				"COMMENT_PUBLISHED", "comment:1", OPEN.id(), "New comment", "body", NOW, null)));
		this.mvc.perform(get("/api/v1/notifications").with(as(ALICE)))
			.andExpect(jsonPath("$.unread").value(1))
			.andExpect(jsonPath("$.notifications[0].read").value(false));
		this.mvc.perform(post("/api/v1/notifications/5/read").with(as(ALICE))).andExpect(status().isNoContent());
		then(this.webInbox).should().markRead(ALICE.id(), 5);
	}

	@Test
	void shouldListAndReplayDeadLettersForAdministrators() throws Exception {
		given(this.deadLetters.list(200)).willReturn(List.of(new DeadLetter("DLQ.q", "ID:1", "q", NOW, 6, "{}")));
		given(this.deadLetters.replay("DLQ.q", "ID:1")).willReturn(true);
		this.mvc.perform(get("/api/v1/dead-letters").with(as(ADAM)))
			.andExpect(jsonPath("$[0].originalQueue").value("q"));
		this.mvc
			.perform(post("/api/v1/dead-letters/replay").with(as(ADAM))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"queue\":\"DLQ.q\",\"messageId\":\"ID:1\"}"))
			.andExpect(jsonPath("$.replayed").value(true));
		this.mvc
			.perform(post("/api/v1/dead-letters/replay").with(as(ADAM))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"queue\":\"DLQ.q\",\"messageId\":\"ID:9\"}"))
			.andExpect(status().isNotFound());
	}

}
