package org.ecs.config.settings;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Turns a wrong or missing setting into one clear message that names it, instead of a
 * stack trace: a required environment variable that is not set ({@code ${ECS_DB_URL}} in
 * the production profile), or a setting that ECS refused (its message starts with the
 * setting's name, e.g. {@code ecs.fax.reply-sheet-key …} or
 * {@code ecs.mail.token-keys.1 …}). Binding and validation errors of settings records
 * ({@code @Validated}) get Spring Boot's own analysis, which names the property too.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SettingsFailureAnalyzer implements FailureAnalyzer {

	private static final Pattern PLACEHOLDER = Pattern.compile("Could not resolve placeholder '([^':]+)'");

	private static final Pattern SETTING = Pattern.compile("^(ecs(?:\\.[a-z0-9-]+)+)\\b");

	private static final String README = "See the README's Production section for every setting.";

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (message == null) {
				continue;
			}
			Matcher placeholder = PLACEHOLDER.matcher(message);
			if (placeholder.find()) {
				String name = placeholder.group(1);
				return new FailureAnalysis("ECS cannot start: the setting " + name + " is not set.",
						"Set the environment variable " + name + ". " + README, cause);
			}
			Matcher setting = SETTING.matcher(message);
			if ((cause instanceof IllegalArgumentException || cause instanceof IllegalStateException)
					&& setting.find()) {
				String name = setting.group(1);
				return new FailureAnalysis("ECS cannot start: " + message,
						"Correct " + name + " (environment variable " + environmentOf(name) + "). " + README, cause);
			}
		}
		return null;
	}

	static String environmentOf(String property) {
		return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
	}

}
