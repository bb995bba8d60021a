package org.ecs.web.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class IcuMessageSourceTest {

	final MessageSource messages = I18nConfiguration.messageSource();

	@Test
	void shouldUseEachLanguagesPluralRulesWhenTheTextIsKeptParsed() {
		Locale ru = Locale.forLanguageTag("ru");
		assertThat(this.messages.getMessage("messages.people", new Object[] { 1 }, ru)).isEqualTo("1 человек");
		assertThat(this.messages.getMessage("messages.people", new Object[] { 3 }, ru)).isEqualTo("3 человека");
		assertThat(this.messages.getMessage("messages.people", new Object[] { 5 }, ru)).isEqualTo("5 человек");
		assertThat(this.messages.getMessage("messages.people", new Object[] { 3 }, Locale.ENGLISH))
			.isEqualTo("3 people");
		assertThat(this.messages.getMessage("messages.people", new Object[] { 1 }, ru)).isEqualTo("1 человек");
	}

	@Test
	void shouldFormatTheSameTextFromManyThreadsAtOnce() throws Exception {
		Locale ru = Locale.forLanguageTag("ru");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < 2_000; i++) {
				int n = i % 10;
				results.add(pool.submit(
						() -> this.messages.getMessage("messages.people", new Object[] { n }, ru).startsWith(n + " ")));
			}
			for (Future<Boolean> r : results) {
				assertThat(r.get()).isTrue();
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
