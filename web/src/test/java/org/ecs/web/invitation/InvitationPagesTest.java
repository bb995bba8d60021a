package org.ecs.web.invitation;

import java.util.List;
import java.util.Optional;

import org.ecs.core.participant.ParticipantRefusedException;
import org.ecs.core.text.Said;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Setting one's password from an invitation and from a reset link, the two pages a person
 * reaches before signing in: what core refuses is said in the page's language, and a
 * secret used up meanwhile gets the page that says so, without the form.
 */
class InvitationPagesTest extends WebSliceTest {

	static final Said CONTROL = Said.said("problem.input.control",
			"password: contains the control character U+0007, which text cannot hold.", "password", "U+0007");

	static final String CONTROL_FR = "password : contient le caractère de contrôle U+0007, qu’un texte ne peut pas contenir.";

	@Test
	void shouldSayWhyAnInvitationsPasswordWasRefusedInThePagesLanguage() throws Exception {
		given(this.nominations.invitee("good-token", null))
			.willReturn(Optional.of(PasswordResetPagesTest.profile(PasswordResetPagesTest.RITA)));
		given(this.nominations.acceptInvitation("good-token", null, "a long password\u0007"))
			.willThrow(ParticipantRefusedException.invalidSaid(List.of(CONTROL)));
		this.mvc
			.perform(post("/invitation/good-token").param("lang", "fr")
				.with(csrf())
				.param("password", "a long password\u0007")
				.param("confirm", "a long password\u0007"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(CONTROL_FR)))
			.andExpect(content().string(not(containsString("which text cannot hold"))))
			.andExpect(content().string(containsString("id=\"set-password\"")));
		this.mvc
			.perform(post("/invitation/good-token").param("lang", "fr")
				.with(csrf())
				.param("password", "a long password 1")
				.param("confirm", "a long password 2"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Les deux mots de passe diffèrent.")));
	}

	@Test
	void shouldSayAnInvitationUsedMeanwhileIsGoneWithoutItsForm() throws Exception {
		given(this.nominations.invitee("raced-token", null))
			.willReturn(Optional.of(PasswordResetPagesTest.profile(PasswordResetPagesTest.RITA)));
		given(this.nominations.acceptInvitation("raced-token", null, "a long password 1"))
			.willThrow(ParticipantRefusedException
				.conflict(Said.said("problem.invitation.used", "This invitation was used a moment ago.")));
		this.mvc
			.perform(post("/invitation/raced-token").with(csrf())
				.param("password", "a long password 1")
				.param("confirm", "a long password 1"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("id=\"invitation-gone\"")))
			.andExpect(content().string(not(containsString("id=\"set-password\""))));
	}

	@Test
	void shouldSayWhyAResetPasswordWasRefusedInThePagesLanguage() throws Exception {
		given(this.passwordResets.holder("good-link"))
			.willReturn(Optional.of(PasswordResetPagesTest.profile(PasswordResetPagesTest.RITA)));
		given(this.passwordResets.reset("good-link", "a long password\u0007"))
			.willThrow(ParticipantRefusedException.invalidSaid(List.of(CONTROL)));
		this.mvc
			.perform(post("/password-reset/good-link").param("lang", "fr")
				.with(csrf())
				.param("password", "a long password\u0007")
				.param("confirm", "a long password\u0007"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(CONTROL_FR)))
			.andExpect(content().string(not(containsString("which text cannot hold"))))
			.andExpect(content().string(containsString("id=\"reset-password\"")));
	}

	@Test
	void shouldSayAResetLinkUsedMeanwhileIsGoneWithoutItsForm() throws Exception {
		given(this.passwordResets.holder("raced-link"))
			.willReturn(Optional.of(PasswordResetPagesTest.profile(PasswordResetPagesTest.RITA)));
		given(this.passwordResets.reset("raced-link", "a long password 1")).willThrow(ParticipantRefusedException
			.conflict(Said.said("problem.reset.used", "This link was used a moment ago.")));
		this.mvc
			.perform(post("/password-reset/raced-link").with(csrf())
				.param("password", "a long password 1")
				.param("confirm", "a long password 1"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("id=\"reset-gone\"")))
			.andExpect(content().string(not(containsString("id=\"reset-password\""))));
	}

}
