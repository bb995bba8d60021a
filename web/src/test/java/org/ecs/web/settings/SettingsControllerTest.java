package org.ecs.web.settings;

import java.util.EnumSet;
import java.util.List;

import org.ecs.core.participant.Channel;
import org.ecs.core.participant.ParticipantRefusedException;
import org.ecs.core.text.Said;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SettingsControllerTest extends WebSliceTest {

	@Test
	void shouldShowTheSixLanguagesAndTheChannels() throws Exception {
		this.mvc.perform(get("/settings").with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("language", "en"))
			.andExpect(content().string(containsString("value=\"ar\"")))
			.andExpect(content().string(containsString("value=\"zh\"")))
			.andExpect(content().string(containsString("id=\"channel-email\"")))
			.andExpect(content().string(containsString("Fax (no number on your account)")));
	}

	@Test
	void shouldSaveLanguageAndChannels() throws Exception {
		this.mvc
			.perform(post("/settings").with(as(ALICE))
				.with(csrf())
				.param("language", "fr")
				.param("channels", "WEB", "EMAIL"))
			.andExpect(redirectedUrl("/settings"))
			.andExpect(flash().attribute("notice", "Settings saved."));
		then(this.directory).should().updateSettings(ALICE.id(), "fr", EnumSet.of(Channel.WEB, Channel.EMAIL));
	}

	@Test
	void shouldVoidEveryReplyLinkSentSoFarWhenAsked() throws Exception {
		this.mvc.perform(post("/settings/reply-links/revoke").with(as(ALICE)).with(csrf()))
			.andExpect(redirectedUrl("/settings"))
			.andExpect(flash().attribute("notice", containsString("void")));
		then(this.replyTokenEpochs).should().revoke(ALICE.id());
	}

	@Test
	void shouldRefuseALanguageNotOffered() throws Exception {
		this.mvc.perform(post("/settings").with(as(ALICE)).with(csrf()).param("language", "de"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(model().attribute("alert", containsString("languages")));
		then(this.directory).should(never()).updateSettings(anyLong(), anyString(), any());
	}

	@Test
	void shouldSayARefusedAccountDetailInThePagesLanguage() throws Exception {
		given(this.accountSettings.updateDetails(eq(ALICE), any(), any(), any(), eq("Mars/Olympus")))
			.willThrow(ParticipantRefusedException.invalidSaid(List.of(Said.said("problem.nominee.time-zone",
					"timeZone: Mars/Olympus is not a time zone (e.g. Europe/Vienna, UTC).", "Mars/Olympus"))));
		this.mvc
			.perform(post("/settings/account").param("lang", "fr")
				.param("timeZone", "Mars/Olympus")
				.with(as(ALICE))
				.with(csrf()))
			.andExpect(redirectedUrl("/settings"))
			.andExpect(flash().attribute("alert",
					"timeZone : Mars/Olympus n’est pas un fuseau horaire (par exemple Europe/Vienna, UTC)."));
	}

	@Test
	void shouldSayARefusedPasswordChangeInThePagesLanguage() throws Exception {
		willThrow(ParticipantRefusedException.forbidden(
				Said.said("problem.account.current-password", "currentPassword: that is not your current password.")))
			.given(this.accountSettings)
			.changePassword(ALICE, "not mine", "a brand new passphrase");
		this.mvc
			.perform(post("/settings/password").param("lang", "fr")
				.param("currentPassword", "not mine")
				.param("password", "a brand new passphrase")
				.param("confirm", "a brand new passphrase")
				.with(as(ALICE))
				.with(csrf()))
			.andExpect(flash().attribute("alert", "Ce n’est pas votre mot de passe actuel."));
		willThrow(ParticipantRefusedException.invalidSaid(List.of(Said.said("problem.account.same-password",
				"password: choose a password different from the current one."))))
			.given(this.accountSettings)
			.changePassword(ALICE, "the same passphrase", "the same passphrase");
		this.mvc
			.perform(post("/settings/password").param("lang", "fr")
				.param("currentPassword", "the same passphrase")
				.param("password", "the same passphrase")
				.param("confirm", "the same passphrase")
				.with(as(ALICE))
				.with(csrf()))
			.andExpect(flash().attribute("alert", "mot de passe : choisissez un mot de passe différent de l’actuel."));
	}

	@Test
	void shouldRefuseFaxWithoutANumber() throws Exception {
		this.mvc
			.perform(post("/settings").with(as(ALICE)).with(csrf()).param("language", "en").param("channels", "FAX"))
			.andExpect(status().isUnprocessableEntity());
	}

}
