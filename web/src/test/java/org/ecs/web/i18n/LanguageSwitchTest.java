package org.ecs.web.i18n;

import java.util.Optional;

import org.ecs.core.participant.Participant;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class LanguageSwitchTest extends WebSliceTest {

	@Test
	void shouldSpeakTheBrowsersLanguageOnTheSignInPageAndOfferTheSwitch() throws Exception {
		this.mvc.perform(get("/login").header("Accept-Language", "de-AT, ar;q=0.8, en;q=0.5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
			.andExpect(content().string(containsString("تسجيل الدخول")))
			.andExpect(content().string(containsString("id=\"language-form\" method=\"post\" action=\"/language\"")))
			.andExpect(content().string(containsString("name=\"return\" value=\"/login\"")))
			.andExpect(content().string(containsString("id=\"lang-fr\" lang=\"fr\"")));
	}

	@Test
	void shouldKeepTheSwitchedLanguageForTheSessionAndGoBackToThePage() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(
				post("/language").param("lang", "fr").param("return", "/login?logout").session(session).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/login?logout"));
		this.mvc.perform(get("/login").session(session).header("Accept-Language", "zh"))
			.andExpect(content().string(containsString("<html lang=\"fr\" dir=\"ltr\">")))
			.andExpect(content().string(containsString("Mot de passe oublié ?")));
	}

	@Test
	void shouldShowAPageInTheLanguageItsAddressAsksForWithoutKeepingIt() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get("/login").param("lang", "fr").session(session).header("Accept-Language", "zh"))
			.andExpect(content().string(containsString("<html lang=\"fr\" dir=\"ltr\">")))
			.andExpect(content().string(containsString("name=\"return\" value=\"/login\"")));
		this.mvc.perform(get("/login").session(session).header("Accept-Language", "zh"))
			.andExpect(content().string(containsString("<html lang=\"zh\"")));
	}

	@Test
	void shouldIgnoreALanguageNotAmongTheSix() throws Exception {
		this.mvc.perform(get("/login").param("lang", "de").header("Accept-Language", "de"))
			.andExpect(content().string(containsString("<html lang=\"en\" dir=\"ltr\">")))
			.andExpect(content().string(not(containsString("??"))));
		this.mvc.perform(post("/language").param("lang", "de").with(as(ALICE)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		then(this.directory).should(never()).updateSettings(anyLong(), anyString(), any());
	}

	@Test
	void shouldSaveTheSwitchToTheSignedInPersonsSetting() throws Exception {
		this.mvc
			.perform(post("/language").param("lang", "ru").param("return", "/settings").with(as(ALICE)).with(csrf()))
			.andExpect(header().string("Location", "/settings"));
		then(this.directory).should().updateSettings(ALICE.id(), "ru", ALICE.channels());
	}

	@Test
	void shouldNotSaveALanguageOnALink() throws Exception {
		this.mvc.perform(get("/settings").param("lang", "ru").with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"ru\"")));
		then(this.directory).should(never()).updateSettings(anyLong(), anyString(), any());
	}

	@Test
	void shouldNotWriteTheSettingWhenItAlreadyIsThatLanguage() throws Exception {
		this.mvc.perform(post("/language").param("lang", "en").with(as(ALICE)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		then(this.directory).should(never()).updateSettings(anyLong(), anyString(), any());
	}

	@Test
	void shouldReturnOnlyToAPageOfThisSite() {
		assertThat(LanguageController.returnTo("/discussions?q=x", null, "ecs.example.org"))
			.isEqualTo("/discussions?q=x");
		assertThat(LanguageController.returnTo("//evil.example/x", null, "ecs.example.org")).isEqualTo("/");
		assertThat(LanguageController.returnTo("https://evil.example/x", null, "ecs.example.org")).isEqualTo("/");
		assertThat(LanguageController.returnTo("/\\evil.example", null, "ecs.example.org")).isEqualTo("/");
		assertThat(LanguageController.returnTo(null, "https://ecs.example.org/settings?a=1", "ecs.example.org"))
			.isEqualTo("/settings?a=1");
		assertThat(LanguageController.returnTo(null, "https://evil.example/settings", "ecs.example.org"))
			.isEqualTo("/");
	}

	@Test
	void shouldSpeakThePersonsSettingBeforeTheBrowsers() throws Exception {
		Participant chinese = new Participant(ALICE.id(), ALICE.username(), ALICE.displayName(), ALICE.email(), null,
				"CHN", "zh", ALICE.level(), ALICE.roles(), ALICE.channels(), true);
		given(this.directory.findByUsername("alice")).willReturn(Optional.of(chinese));
		this.mvc.perform(get("/settings").with(as(ALICE)).header("Accept-Language", "es"))
			.andExpect(content().string(containsString("<html lang=\"zh\" dir=\"ltr\">")))
			.andExpect(content().string(containsString("退出")));
	}

}
