package org.ecs.web.settings;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A participant who takes part by fax only is refused the web's actions (posting,
 * launching, writing, files): choosing the web as a channel in their own settings must
 * not lift that.
 */
class FaxOnlySettingsTest extends WebSliceTest {

	static final Participant FAITH = new Participant(6, "faith", "Faith Fax", "faith@example.org", "+254201234567",
			"KEN", "en", Level.FULL, Set.of(Role.PARTICIPANT), EnumSet.of(Channel.FAX), true);

	@BeforeEach
	void faith() {
		given(this.directory.findByUsername(FAITH.username())).willReturn(Optional.of(FAITH));
		given(this.directory.findById(FAITH.id())).willReturn(Optional.of(FAITH));
	}

	@Test
	void shouldRefuseAFaxOnlyParticipantChoosingTheWebOrEmail() throws Exception {
		this.mvc.perform(
				post("/settings").with(as(FAITH)).with(csrf()).param("language", "en").param("channels", "WEB", "FAX"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/settings").with(as(FAITH)).with(csrf()).param("language", "en").param("channels", "EMAIL"))
			.andExpect(status().isForbidden());

		then(this.directory).should(never()).updateSettings(anyLong(), anyString(), any());
	}

	@Test
	void shouldLetAFaxOnlyParticipantChangeTheLanguageOfTheirFaxes() throws Exception {
		this.mvc
			.perform(post("/settings").with(as(FAITH)).with(csrf()).param("language", "fr").param("channels", "FAX"))
			.andExpect(redirectedUrl("/settings"));

		then(this.directory).should().updateSettings(FAITH.id(), "fr", EnumSet.of(Channel.FAX));
	}

}
