package org.ecs.config.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the application is
 * prepared, so the server's start (and, the first time, its initdb) runs while Spring
 * reads the configuration and starts Tomcat, not before everything that needs the
 * database. The {@code embeddedPostgres} bean takes the started server (or the failure,
 * which it throws as its own start would have). Runs after {@link DataDirectoryLock}:
 * nothing starts on data another ECS holds. Registered in
 * {@code META-INF/spring.factories}.
 */
public class EarlyPostgres implements ApplicationListener<ApplicationPreparedEvent>, Ordered {

	static final String BEAN = "ecs.earlyPostgres";

	@Override
	public int getOrder() {
		return DataDirectoryLock.ORDER + 1;
	}

	@Override
	public void onApplicationEvent(ApplicationPreparedEvent event) {
		Environment env = event.getApplicationContext().getEnvironment();
		if (!env.getProperty("ecs.embedded.postgres.enabled", Boolean.class, false)
				|| !ClassUtils.isPresent("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", null)
				|| !(event.getApplicationContext().getBeanFactory() instanceof DefaultListableBeanFactory beans)
				|| beans.containsSingleton(BEAN)) {
			return;
		}
		EmbeddedSettings settings = Binder.get(env).bindOrCreate("ecs.embedded", EmbeddedSettings.class);
		Started started = new Started(CompletableFuture.supplyAsync(() -> {
			try {
				return EmbeddedPostgresConfiguration.start(settings);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, (task) -> {
			Thread thread = new Thread(task, "ecs-postgres-start");
			thread.setDaemon(true);
			thread.start();
		}));
		beans.registerSingleton(BEAN, started);
		// stopped with the context if the context never took it (a failed start)
		beans.registerDisposableBean(BEAN, started);
	}

	/** The server being started; taken once by the {@code embeddedPostgres} bean. */
	static final class Started implements DisposableBean {

		private final CompletableFuture<EmbeddedPostgres> server;

		private volatile boolean taken;

		Started(CompletableFuture<EmbeddedPostgres> server) {
			this.server = server;
		}

		EmbeddedPostgres take() throws IOException {
			try {
				EmbeddedPostgres postgres = this.server.join();
				this.taken = true;
				return postgres;
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof UncheckedIOException io) {
					throw io.getCause();
				}
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw ex;
			}
		}

		@Override
		public void destroy() throws IOException {
			if (!this.taken) {
				EmbeddedPostgres postgres = this.server.exceptionally((ex) -> null).join();
				if (postgres != null) {
					postgres.close();
				}
			}
		}

	}

}
