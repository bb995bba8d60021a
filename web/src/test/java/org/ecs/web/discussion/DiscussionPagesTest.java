package org.ecs.web.discussion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.ecs.core.comment.Comment;
import org.ecs.core.contribution.ContributionRecord;
import org.ecs.core.contribution.ContributionStatus;
import org.ecs.core.notification.DeliveryStatus;
import org.ecs.core.notification.DeliverySummary;
import org.ecs.core.participant.Channel;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.times;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The discussion page's rendered-comment cache, ETags and pages: a browser revalidating
 * an unchanged page gets 304, a new comment (a new version) shows at once, and nothing
 * kept for one reader reaches another who may not see it.
 */
class DiscussionPagesTest extends WebSliceTest {

	@Test
	void shouldAnswer304ToARevalidationOfAnUnchangedPage() throws Exception {
		given(this.comments.inDiscussion(OPEN.id())).willReturn(comments(3));
		MockHttpSession session = new MockHttpSession();
		MvcResult first = this.mvc.perform(get("/discussions/10").session(session).with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", startsWith("W/\"discussion-10-v")))
			.andExpect(header().string("Cache-Control", "private, no-cache"))
			.andReturn();
		String etag = first.getResponse().getHeader("ETag");

		this.mvc.perform(get("/discussions/10").session(session).with(as(ALICE)).header("If-None-Match", etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string("ETag", etag))
			.andExpect(content().string(""));
		// signed in again (a new session, a new CSRF token for the form): the page anew
		this.mvc
			.perform(
					get("/discussions/10").session(new MockHttpSession()).with(as(ALICE)).header("If-None-Match", etag))
			.andExpect(status().isOk());
		// the comments were read (and rendered) once for all requests
		then(this.comments).should(times(1)).inDiscussion(OPEN.id());
	}

	@Test
	void shouldShowANewCommentOnceTheDiscussionVersionGrows() throws Exception {
		given(this.discussions.version(OPEN.id())).willReturn(1_000_001L);
		given(this.comments.inDiscussion(OPEN.id())).willReturn(comments(2));
		MockHttpSession session = new MockHttpSession();
		String etag = this.mvc.perform(get("/discussions/10").session(session).with(as(ALICE)))
			.andExpect(content().string(not(containsString("Comment number 3."))))
			.andReturn()
			.getResponse()
			.getHeader("ETag");

		// committed, but the version not yet read: still the kept page
		given(this.comments.inDiscussion(OPEN.id())).willReturn(comments(3));
		this.mvc.perform(get("/discussions/10").session(session).with(as(ALICE)).header("If-None-Match", etag))
			.andExpect(status().isNotModified());

		given(this.discussions.version(OPEN.id())).willReturn(1_000_002L);
		this.mvc.perform(get("/discussions/10").session(session).with(as(ALICE)).header("If-None-Match", etag))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", not(etag)))
			.andExpect(content().string(containsString("Comment number 3.")))
			.andExpect(content().string(containsString("<span class=\"count\">(3)</span>")));
	}

	@Test
	void shouldNeverAnswer304WithAnotherReadersTag() throws Exception {
		given(this.comments.inDiscussion(OPEN.id())).willReturn(comments(2));
		String alices = this.mvc.perform(get("/discussions/10").with(as(ALICE)))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		// same discussion, same version, another reader (other rights, other own posts)
		this.mvc.perform(get("/discussions/10").with(as(MONICA)).header("If-None-Match", alices))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Monica Monitoring")));
		// someone outside the audience learns nothing, tag or no tag
		this.mvc.perform(get("/discussions/10").with(as(OTTO)).header("If-None-Match", alices))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Comment number 1."))));
	}

	@Test
	void shouldChangeTheTagWhenTheReadersOwnContributionsChange() throws Exception {
		given(this.comments.inDiscussion(OPEN.id())).willReturn(comments(1));
		MockHttpSession session = new MockHttpSession();
		String etag = this.mvc.perform(get("/discussions/10").session(session).with(as(ALICE)))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		given(this.contributions.byAuthorInDiscussion(ALICE.id(), OPEN.id()))
			.willReturn(List.of(new ContributionRecord(UUID.randomUUID(), Channel.WEB, OPEN.id(), ALICE.id(), NOW,
					"Waiting text.", ContributionStatus.PENDING_REVIEW, null, null, "{}", null)));
		this.mvc.perform(get("/discussions/10").session(session).with(as(ALICE)).header("If-None-Match", etag))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Waiting text.")));
	}

	@Test
	void shouldShowDeliverySummariesOnlyToTheAuthorAndReviewersEvenFromAWarmCache() throws Exception {
		// comment 1 by Alice, comment 2 by someone else
		given(this.comments.inDiscussion(OPEN.id())).willReturn(comments(2));
		given(this.notifications.summaries(any())).willAnswer((call) -> {
			Collection<String> keys = call.getArgument(0);
			return keys.stream()
				.collect(java.util.stream.Collectors.toMap((k) -> k, (k) -> new DeliverySummary(
						List.of(new DeliverySummary.Count(Channel.EMAIL, DeliveryStatus.SENT, 9)), List.of())));
		});
		// the coordinator fills the cache and sees both summaries
		this.mvc.perform(get("/discussions/10").with(as(CORA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("comment-2")))
			.andExpect((result) -> assertThat(count(result, "Notified: email: 9 sent")).isEqualTo(2));
		// Alice sees hers only; Monica none
		this.mvc.perform(get("/discussions/10").with(as(ALICE)))
			.andExpect((result) -> assertThat(count(result, "Notified: email: 9 sent")).isEqualTo(1));
		this.mvc.perform(get("/discussions/10").with(as(MONICA)))
			.andExpect(content().string(not(containsString("Notified:"))));
		then(this.comments).should(times(1)).inDiscussion(OPEN.id());
	}

	@Test
	void shouldShowLongDiscussionsPageByPageAndWholeForPrinting() throws Exception {
		given(this.comments.inDiscussion(OPEN.id())).willReturn(comments(120));
		this.mvc.perform(get("/discussions/10").with(as(ALICE)))
			.andExpect(content().string(containsString("Page 1 of 3")))
			.andExpect(content().string(containsString("Comment number 50.")))
			.andExpect(content().string(not(containsString("Comment number 51."))))
			.andExpect(content().string(containsString("href=\"/discussions/10?page=2\"")))
			.andExpect(content().string(containsString("href=\"/discussions/10?all=true\"")))
			.andExpect((result) -> assertThat(count(result, "class=\"comment\"")).isEqualTo(50));
		this.mvc.perform(get("/discussions/10").param("page", "3").with(as(ALICE)))
			.andExpect(content().string(containsString("Page 3 of 3")))
			.andExpect(content().string(containsString("start=\"101\"")))
			.andExpect(content().string(containsString("href=\"/discussions/10?page=2\"")))
			.andExpect((result) -> assertThat(count(result, "class=\"comment\"")).isEqualTo(20));
		this.mvc.perform(get("/discussions/10").param("all", "true").with(as(ALICE)))
			.andExpect(content().string(containsString("Comment number 1.")))
			.andExpect(content().string(containsString("Comment number 120.")))
			.andExpect(content().string(not(containsString("Page 1 of"))))
			.andExpect((result) -> assertThat(count(result, "class=\"comment\"")).isEqualTo(120));
		// a page past the end shows the last
		this.mvc.perform(get("/discussions/10").param("page", "9").with(as(ALICE)))
			.andExpect(content().string(containsString("Page 3 of 3")));
		then(this.comments).should(times(1)).inDiscussion(OPEN.id());
	}

	@Test
	void shouldLookUpDeliverySummariesOnceForThePageShownOnly() throws Exception {
		given(this.comments.inDiscussion(OPEN.id())).willReturn(comments(120));
		this.mvc.perform(get("/discussions/10").param("page", "2").with(as(CORA))).andExpect(status().isOk());
		@SuppressWarnings("unchecked")
		ArgumentCaptor<Collection<String>> keys = ArgumentCaptor.forClass(Collection.class);
		then(this.notifications).should(atLeastOnce()).summaries(keys.capture());
		assertThat(keys.getAllValues()).hasSize(1);
		assertThat(keys.getValue()).hasSize(50).contains("comment:51", "comment:100").doesNotContain("comment:50");
	}

	@Test
	void shouldNotTagThePageThatCarriesAPostsOutcome() throws Exception {
		this.mvc
			.perform(get("/discussions/10").with(as(ALICE))
				.flashAttr("posted", new DiscussionController.PostOutcome("published", "Published.")))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("ETag"));
	}

	@Test
	void shouldKeepRenderedCommentsApartPerDiscussion() throws Exception {
		given(this.comments.inDiscussion(OPEN.id())).willReturn(comments(1));
		given(this.comments.inDiscussion(CLOSED.id())).willReturn(List.of(new Comment(900, CLOSED.id(), CORA.id(),
				"Cora Coordinator", null, "Only in the closed one.", Channel.WEB, NOW, null, null, null, null, NOW)));
		given(this.discussions.isInAudience(CLOSED.id(), MONICA.id())).willReturn(false);
		given(this.discussions.version(anyLong())).willReturn(2_000_007L);
		this.mvc.perform(get("/discussions/11").with(as(CORA)))
			.andExpect(content().string(containsString("Only in the closed one.")));
		this.mvc.perform(get("/discussions/10").with(as(MONICA)))
			.andExpect(content().string(containsString("Comment number 1.")))
			.andExpect(content().string(not(containsString("Only in the closed one."))));
		this.mvc.perform(get("/discussions/11").with(as(MONICA))).andExpect(status().isNotFound());
	}

	/** Comments 1..n, the first of each ten by Alice, the others by Faith. */
	private static List<Comment> comments(int n) {
		List<Comment> list = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			long author = (i % 10 == 1) ? ALICE.id() : 7;
			list.add(new Comment(i, OPEN.id(), author, (author == ALICE.id()) ? "Alice Full" : "Faith Fax", "KEN",
					"Comment number " + i + ".", Channel.WEB, NOW.minus(Duration.ofHours(200 - i)), null, null, null,
					null, NOW));
		}
		return list;
	}

	private static int count(MvcResult result, String needle) throws Exception {
		String body = result.getResponse().getContentAsString();
		int n = 0;
		for (int i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + 1)) {
			n++;
		}
		return n;
	}

}
