package org.ecs.web.admin;

import java.util.List;

import org.ecs.core.deadletter.DeadLetter;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class DeadLetterControllerTest extends WebSliceTest {

	static final DeadLetter POISON = new DeadLetter("DLQ.ecs.contribution.received", "ID:1",
			"ecs.contribution.received", NOW, 6, "<script>alert(1)</script>" + "x".repeat(2000));

	@Test
	void shouldListDeadLettersWithAnEscapedShortPreview() throws Exception {
		given(this.deadLetters.list(DeadLetterController.SHOWN)).willReturn(List.of(POISON));
		this.mvc.perform(get("/admin/dead-letters").with(as(ADAM)))
			.andExpect(status().isOk())
			.andExpect(view().name("dead-letters"))
			.andExpect(content().string(containsString("DLQ.ecs.contribution.received")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("x".repeat(600)))))
			.andExpect(content().string(containsString("name=\"replay\"")))
			.andExpect(content().string(containsString("id=\"nav-dead-letters\"")));
	}

	@Test
	void shouldReplayAndSayWhenTheMessageIsGone() throws Exception {
		given(this.deadLetters.replay("DLQ.q", "ID:1")).willReturn(true);
		this.mvc
			.perform(post("/admin/dead-letters/replay").with(as(ADAM))
				.with(csrf())
				.param("queue", "DLQ.q")
				.param("messageId", "ID:1"))
			.andExpect(redirectedUrl("/admin/dead-letters"))
			.andExpect(flash().attribute("notice", containsString("sent back")));
		this.mvc
			.perform(post("/admin/dead-letters/replay").with(as(ADAM))
				.with(csrf())
				.param("queue", "DLQ.q")
				.param("messageId", "ID:2"))
			.andExpect(flash().attribute("alert", containsString("no longer")));
	}

}
