package org.ecs.config.settings;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecs.config.embedded.EmbeddedSettings;
import org.ecs.config.sandbox.SandboxSettings;
import org.ecs.routes.fax.FaxSettings;
import org.ecs.routes.fax.OcrSettings;
import org.ecs.routes.mail.MailboxSettings;
import org.ecs.routes.outbound.MailSettings;
import org.ecs.routes.outbound.SmtpSettings;
import org.ecs.routes.review.RouteSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every setting can be given as an environment variable, maps with a dash in their name
 * too, and a wrong one stops the start with a message naming it.
 */
class SettingsFromEnvironmentTest {

	static final List<Class<? extends Record>> SETTINGS = List.of(MailSettings.class, SmtpSettings.class,
			MailboxSettings.class, FaxSettings.class, OcrSettings.class, RouteSettings.class, SandboxSettings.class,
			EmbeddedSettings.class);

	static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	@Test
	void shouldBindEveryScalarSettingFromItsEnvironmentVariable() {
		for (Class<? extends Record> type : SETTINGS) {
			String prefix = type.getAnnotation(ConfigurationProperties.class).value();
			Record defaults = bind(Map.of(), prefix, type);
			for (RecordComponent component : type.getRecordComponents()) {
				Object before = value(component, defaults);
				Object sample = sample(component.getType(), before);
				if (sample == null) {
					continue;
				}
				String variable = environmentName(prefix, component.getName());
				Record bound = bind(Map.of(variable, text(sample)), prefix, type);
				assertThat(value(component, bound)).as(variable).isEqualTo(sample).isNotEqualTo(before);
			}
		}
	}

	@Test
	void shouldBindReplyTokenKeysByVersionFromTheEnvironment() {
		Map<String, Object> variables = Map.of("ECS_MAIL_TOKEN_KEYS_1", KEY, "ECS_MAIL_TOKEN_KEYS_2", KEY,
				"ECS_MAIL_TOKEN_KEY_VERSION", "2");
		MailSettings mail = (MailSettings) bind(variables, "ecs.mail", MailSettings.class);
		assertThat(mail.tokenKeys()).containsOnlyKeys(1, 2);
		assertThat(mail.tokenKeyVersion()).isEqualTo(2);
	}

	@Test
	void shouldRefuseAShortTokenKeyNamingTheSetting() {
		new ApplicationContextRunner().withUserConfiguration(MailOnly.class)
			.withPropertyValues("ecs.mail.token-keys.1=" + Base64.getEncoder().encodeToString(new byte[8]),
					"ecs.mail.token-key-version=1")
			.run((context) -> {
				FailureAnalysis analysis = new SettingsFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("ecs.mail.token-keys.1 holds 8 bytes");
				assertThat(analysis.getAction()).contains("ECS_MAIL_TOKEN_KEYS_1");
			});
		new ApplicationContextRunner().withUserConfiguration(MailOnly.class)
			.withPropertyValues("ecs.mail.token-keys.1=" + KEY, "ecs.mail.token-key-version=3")
			.run((context) -> assertThat(
					new SettingsFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
				.contains("ecs.mail.token-key-version 3 has no key"));
	}

	@Test
	void shouldValidateSettingsRecords() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
			.withUserConfiguration(MailOnly.class)
			.withPropertyValues("ecs.mail.senders=0", "ecs.mail.base-url=localhost")
			.run((context) -> {
				assertThat(context).hasFailed();
				BindValidationException invalid = find(context.getStartupFailure(), BindValidationException.class);
				assertThat(invalid.getValidationErrors().getAllErrors()).hasSize(2);
				assertThat(invalid.getMessage()).contains("senders").contains("baseUrl");
			});
	}

	@Test
	void shouldNameAMissingEnvironmentVariable() {
		FailureAnalysis analysis = new SettingsFailureAnalyzer().analyze(new IllegalStateException("startup",
				new IllegalArgumentException("Could not resolve placeholder 'ECS_DB_URL' in value \"${ECS_DB_URL}\"")));
		assertThat(analysis.getDescription()).isEqualTo("ECS cannot start: the setting ECS_DB_URL is not set.");
	}

	@EnableConfigurationProperties(MailSettings.class)
	static class MailOnly {

	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		throw new AssertionError("no " + type.getSimpleName() + " in " + failure);
	}

	private static Record bind(Map<String, Object> variables, String prefix, Class<? extends Record> type) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new HashMap<>(variables)));
		new EnvironmentMaps().postProcessEnvironment(environment, null);
		try {
			return Binder.get(environment).bindOrCreate(prefix, type);
		}
		catch (BindException ex) {
			throw new AssertionError("binding " + variables + " failed", ex);
		}
	}

	private static Object value(RecordComponent component, Record settings) {
		try {
			return component.getAccessor().invoke(settings);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A value unlike the default, or null for a type set in its own test (maps). */
	private static Object sample(Class<?> type, Object before) {
		if (type == String.class) {
			return "from-the-environment";
		}
		if (type == int.class) {
			return ((Integer) before) + 7;
		}
		if (type == boolean.class) {
			return !((Boolean) before);
		}
		if (type == Duration.class) {
			return Duration.ofSeconds(17);
		}
		if (type == DataSize.class) {
			return DataSize.ofMegabytes(3);
		}
		if (type == ZoneId.class) {
			return ZoneId.of("Asia/Tokyo");
		}
		if (type == Path.class) {
			return Path.of("/srv/from-the-environment");
		}
		if (type == Set.class) {
			return Set.of("image/png", "text/plain");
		}
		if (type.isEnum()) {
			Object[] constants = type.getEnumConstants();
			return (constants[0] == before) ? constants[constants.length - 1] : constants[0];
		}
		return null;
	}

	private static String text(Object sample) {
		if (sample instanceof Duration duration) {
			return duration.toSeconds() + "s";
		}
		if (sample instanceof DataSize size) {
			return size.toMegabytes() + "MB";
		}
		if (sample instanceof Set<?> set) {
			return String.join(",", set.stream().map(String::valueOf).sorted().toList());
		}
		if (sample instanceof Enum<?> constant) {
			return constant.name().toLowerCase().replace('_', '-');
		}
		return String.valueOf(sample);
	}

	private static String environmentName(String prefix, String component) {
		return (prefix + "." + component.replaceAll("([A-Z])", "_$1")).toUpperCase()
			.replace('.', '_')
			.replace('-', '_');
	}

}
