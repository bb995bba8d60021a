package org.ecs.web.home;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.ecs.core.contribution.ContributionRecord;
import org.ecs.core.contribution.ContributionStatus;
import org.ecs.core.participant.Channel;
import org.ecs.core.review.ReviewItem;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class HomeControllerTest extends WebSliceTest {

	@Test
	void shouldCountTheOpenInvitationAParticipantHasNotAnswered() throws Exception {
		this.mvc.perform(get("/").with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"home-not-answered\" class=\"card\" data-count=\"1\"")))
			.andExpect(content().string(containsString("1 invitation waiting for your input")))
			.andExpect(content().string(containsString("href=\"/discussions/10#post\"")))
			.andExpect(content().string(containsString("id=\"home-closing-soon\" class=\"card\" data-count=\"0\"")))
			.andExpect(content().string(not(containsString("id=\"home-review\""))))
			.andExpect(content().string(containsString("aria-current=\"page\">Home</a>")));
	}

	@Test
	void shouldCountOwnContributionsWaitingAndNoLongerCountThatInvitation() throws Exception {
		ContributionRecord waiting = new ContributionRecord(UUID.randomUUID(), Channel.EMAIL, OPEN.id(), ALICE.id(),
				NOW.minus(Duration.ofHours(3)), "My view", ContributionStatus.PENDING_REVIEW, null, null, null, null);
		given(this.contributions.byAuthor(eq(ALICE.id()), anyInt())).willReturn(List.of(waiting));
		this.mvc.perform(get("/").with(as(ALICE)))
			.andExpect(content().string(containsString("id=\"home-own-waiting\" class=\"card\" data-count=\"1\"")))
			.andExpect(content().string(containsString("1 of your contributions is waiting for review")))
			.andExpect(content().string(containsString("id=\"home-not-answered\" class=\"card\" data-count=\"0\"")));
	}

	@Test
	void shouldShowACoordinatorTheReviewBacklog() throws Exception {
		given(this.reviewInbox.pending(eq(CORA), isNull())).willReturn(Collections.nCopies(3, (ReviewItem) null));
		this.mvc.perform(get("/").with(as(CORA)))
			.andExpect(content().string(containsString("id=\"home-review\" class=\"card\" data-count=\"3\"")))
			.andExpect(content().string(containsString("3 contributions waiting for your review")));
	}

	@Test
	void shouldNotCountInvitationsAMonitoringParticipantCannotAnswer() throws Exception {
		this.mvc.perform(get("/").with(as(MONICA)))
			.andExpect(content().string(containsString("id=\"home-not-answered\" class=\"card\" data-count=\"0\"")));
	}

	@Test
	void shouldSpeakThePagesLanguageWithItsPluralRules() throws Exception {
		this.mvc.perform(get("/").with(as(ALICE)).param("lang", "ru"))
			.andExpect(content().string(containsString("1 приглашение ждёт вашего ответа")));
		this.mvc.perform(get("/").with(as(ALICE)).param("lang", "ar"))
			.andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
			.andExpect(content().string(containsString("دعوة واحدة تنتظر مساهمتك")));
	}

}
