package org.ecs.web.invitation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantProfile;
import org.ecs.core.participant.ParticipantRefusedException;
import org.ecs.core.participant.ParticipantStatus;
import org.ecs.core.participant.Role;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.timeout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reset pages open to everyone: asking answers the same whatever was typed (the
 * look-up happens afterwards, in the background), a link that does not work says so
 * (410), a good link sets the password by the same rules as elsewhere.
 */
class PasswordResetPagesTest extends WebSliceTest {

	static final Participant RITA = new Participant(12, "rita", "Rita Reset", "rita@example.at", null, "AUT", "fr",
			Level.FULL, Set.of(Role.PARTICIPANT), EnumSet.of(Channel.EMAIL), true);

	static ParticipantProfile profile(Participant p) {
		return new ParticipantProfile(p, null, "Austria", "STATE", ParticipantStatus.ACTIVE, null,
				Instant.parse("2026-03-01T00:00:00Z"), "Austria — focal point", 7L, "Fiona Focal", null, null,
				List.of("fr"), List.of("seismology"), "UTC", null, Instant.parse("2026-03-01T00:00:00Z"));
	}

	@Test
	void shouldOfferTheResetOnTheSignInPageWhenSomeoneForgotTheirPassword() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"forgot-password\"")))
			.andExpect(content().string(containsString("Forgot your password?")))
			.andExpect(content().string(not(containsString("the secretariat sets a new one"))));
	}

	@Test
	void shouldAnswerTheSameWhetherOrNotAnAccountExistsWhenAsked() throws Exception {
		String forRita = this.mvc.perform(post("/password-reset").with(csrf()).param("who", "rita@example.at"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String forNobody = this.mvc.perform(post("/password-reset").with(csrf()).param("who", "nobody@example.org"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(main(forRita)).contains("id=\"reset-sent\"").isEqualTo(main(forNobody));
		then(this.passwordResets).should(timeout(10_000)).request("rita@example.at", "127.0.0.1");
		then(this.passwordResets).should(timeout(10_000)).request("nobody@example.org", "127.0.0.1");
	}

	@Test
	void shouldSayALinkIsGoneWhenItNoLongerWorks() throws Exception {
		given(this.passwordResets.holder("used-link")).willReturn(Optional.empty());
		this.mvc.perform(get("/password-reset/used-link"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("id=\"reset-gone\"")));
		this.mvc
			.perform(post("/password-reset/used-link").with(csrf())
				.param("password", "a long password 1")
				.param("confirm", "a long password 1"))
			.andExpect(status().isGone());
		then(this.passwordResets).should(org.mockito.Mockito.never()).reset("used-link", "a long password 1");
	}

	@Test
	void shouldSetTheNewPasswordByTheSameRulesWhenTheLinkWorks() throws Exception {
		given(this.passwordResets.holder("good-link")).willReturn(Optional.of(profile(RITA)));
		this.mvc.perform(get("/password-reset/good-link"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reset-password\"")))
			.andExpect(content().string(containsString("rita")));
		this.mvc
			.perform(post("/password-reset/good-link").with(csrf())
				.param("password", "a long password 1")
				.param("confirm", "a long password 2"))
			.andExpect(status().isBadRequest());
		given(this.passwordResets.reset("good-link", "short"))
			.willThrow(ParticipantRefusedException.invalid(List.of("password: at least 12 characters.")));
		this.mvc
			.perform(
					post("/password-reset/good-link").with(csrf()).param("password", "short").param("confirm", "short"))
			.andExpect(status().isBadRequest());
		given(this.passwordResets.reset("good-link", "a long password 1")).willReturn(profile(RITA));
		this.mvc
			.perform(post("/password-reset/good-link").with(csrf())
				.param("password", "a long password 1")
				.param("confirm", "a long password 1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reset-done\"")));
		then(this.passwordResets).should().reset("good-link", "a long password 1");
	}

	static String main(String page) {
		return page.substring(page.indexOf("<main"), page.indexOf("</main>"))
			.replaceAll("name=\"_csrf\"[^>]*value=\"[^\"]+\"", "");
	}

}
