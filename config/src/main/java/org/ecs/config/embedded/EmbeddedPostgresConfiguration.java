package org.ecs.config.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A real PostgreSQL server started from the application (no installation), its data kept
 * under {@code ecs.embedded.postgres-dir} across restarts. Used when no database URL is
 * given. It is as durable as a production server (every commit flushed to disk) unless
 * {@code ecs.embedded.postgres-durable} is false, which only tests set. A server that a
 * killed ECS left running on the same data is stopped first ({@link OrphanPostmaster});
 * {@link DataDirectoryLock} has made sure no live ECS uses it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ecs.embedded.postgres.enabled", havingValue = "true")
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@EnableConfigurationProperties(EmbeddedSettings.class)
class EmbeddedPostgresConfiguration {

	/**
	 * The server {@link EarlyPostgres} started while the context was being read, or one
	 * started now when there is none (a context built without Spring Boot's start-up).
	 * Stopped by the context (destroyMethod), after everything that uses it; the
	 * library's own JVM shutdown hook would stop it while the context is still closing,
	 * leaving background work (pollers, the notice sweep) waiting on a pool of dead
	 * connections.
	 */
	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedSettings settings, ObjectProvider<EarlyPostgres.Started> early)
			throws IOException {
		EarlyPostgres.Started started = early.getIfAvailable();
		return (started != null) ? started.take() : start(settings);
	}

	static EmbeddedPostgres start(EmbeddedSettings settings) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
		// the library starts the server with fsync off and asynchronous commits (fine
		// for throw-away test data); these settings come after and win
		String durable = settings.postgresDurable() ? "on" : "off";
		builder.setServerConfig("fsync", durable)
			.setServerConfig("synchronous_commit", durable)
			.setServerConfig("full_page_writes", durable);
		if (settings.postgresDir() != null && !settings.postgresDir().isBlank()) {
			Path dir = Path.of(settings.postgresDir()).toAbsolutePath().normalize();
			Files.createDirectories(dir);
			OrphanPostmaster.stopIfRunning(dir, 60);
			builder.setDataDirectory(dir).setCleanDataDirectory(false);
		}
		if (settings.postgresPort() > 0) {
			builder.setPort(settings.postgresPort());
		}
		return builder.start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource ds = new HikariDataSource();
		ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		ds.setUsername("postgres");
		ds.setMaximumPoolSize(16);
		ds.setPoolName("ecs-embedded");
		return ds;
	}

}
