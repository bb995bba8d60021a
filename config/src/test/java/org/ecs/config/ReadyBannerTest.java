package org.ecs.config;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ReadyBannerTest {

	@Test
	void shouldPrintThePublicUrlWhenOneIsSet() {
		MockEnvironment env = new MockEnvironment().withProperty("ecs.mail.base-url", "https://ecs.example.org");
		assertThat(new ReadyBanner(env, List::of).publicUrl("8080")).isEqualTo("https://ecs.example.org/");
	}

	@Test
	void shouldPrintThisInstanceOnLocalhostOtherwise() {
		MockEnvironment env = new MockEnvironment().withProperty("ecs.mail.base-url", "http://localhost:0");
		assertThat(new ReadyBanner(env, List::of).publicUrl("41234")).isEqualTo("http://localhost:41234/");
		assertThat(new ReadyBanner(new MockEnvironment(), List::of).publicUrl("8080"))
			.isEqualTo("http://localhost:8080/");
	}

}
