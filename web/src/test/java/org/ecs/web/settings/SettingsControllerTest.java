package org.ecs.web.settings;

import java.util.EnumSet;

import org.ecs.core.participant.Channel;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
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
	void shouldRefuseFaxWithoutANumber() throws Exception {
		this.mvc
			.perform(post("/settings").with(as(ALICE)).with(csrf()).param("language", "en").param("channels", "FAX"))
			.andExpect(status().isUnprocessableEntity());
	}

}
