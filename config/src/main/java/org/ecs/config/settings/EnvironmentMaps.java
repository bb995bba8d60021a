package org.ecs.config.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Settings that are maps with a dash in their name, given as environment variables.
 * Spring binds {@code ECS_MAIL_TOKEN_KEYS_1} to {@code ecs.mail.token.keys.1}, never to
 * the map {@code ecs.mail.token-keys} (only {@code ECS_MAIL_TOKENKEYS_1} would reach it),
 * so such a key was silently ignored. This reads {@code ECS_MAIL_TOKEN_KEYS_<key>} as
 * {@code ecs.mail.token-keys[<key>]}, just after the environment (so command-line
 * arguments and system properties still win).
 */
public class EnvironmentMaps implements EnvironmentPostProcessor {

	/** Every map-valued setting whose name has a dash. */
	static final List<String> MAPS = List.of("ecs.mail.token-keys");

	static final String SOURCE = "ecsEnvironmentMaps";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		PropertySource<?> system = environment.getPropertySources()
			.get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		if (system == null || !(system.getSource() instanceof Map<?, ?> variables)) {
			return;
		}
		Map<String, Object> mapped = map(variables);
		if (!mapped.isEmpty()) {
			environment.getPropertySources()
				.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new MapPropertySource(SOURCE, mapped));
		}
	}

	static Map<String, Object> map(Map<?, ?> variables) {
		Map<String, Object> mapped = new LinkedHashMap<>();
		for (String setting : MAPS) {
			String prefix = setting.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') + "_";
			for (Map.Entry<?, ?> variable : variables.entrySet()) {
				String name = String.valueOf(variable.getKey());
				if (name.startsWith(prefix) && name.length() > prefix.length()) {
					String key = name.substring(prefix.length()).toLowerCase(Locale.ROOT);
					mapped.put(setting + "[" + key + "]", variable.getValue());
				}
			}
		}
		return mapped;
	}

}
