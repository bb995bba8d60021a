package org.ecs.config.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * One ECS per data directory. Before anything starts (the embedded PostgreSQL, the
 * broker's journal), the embedded default locks {@code ecs.lock} in its data directory
 * (the folder that holds {@code postgres/}, {@code data/} by default) and keeps the lock
 * while the process lives; the operating system drops it when the process dies, however
 * it dies. A second ECS on the same data refuses to start, naming the first one's
 * process. Registered in {@code META-INF/spring.factories}, so it runs before the context
 * is refreshed.
 */
public class DataDirectoryLock implements ApplicationListener<ApplicationPreparedEvent>, Ordered {

	static final String FILE = "ecs.lock";

	/** Before {@link EarlyPostgres} starts anything on the data. */
	static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

	private static final Map<Path, FileLock> held = new ConcurrentHashMap<>();

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void onApplicationEvent(ApplicationPreparedEvent event) {
		Environment env = event.getApplicationContext().getEnvironment();
		if (!env.getProperty("ecs.embedded.postgres.enabled", Boolean.class, false)) {
			return;
		}
		String postgresDir = env.getProperty("ecs.embedded.postgres-dir", "data/postgres");
		if (postgresDir.isBlank()) {
			// a temporary database, deleted when this process ends: nothing to share
			return;
		}
		Path data = Path.of(postgresDir).toAbsolutePath().normalize().getParent();
		acquire(data);
	}

	/**
	 * Locks the data directory for this process.
	 * @throws DataDirectoryInUseException when another process (or this one) holds it
	 */
	static void acquire(Path data) {
		try {
			Files.createDirectories(data);
			Path file = data.resolve(FILE);
			FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null;
			}
			if (lock == null) {
				String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
				channel.close();
				throw new DataDirectoryInUseException(data, holder);
			}
			channel.truncate(0);
			channel
				.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
			channel.force(true);
			held.put(data, lock);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot lock the data directory " + data, ex);
		}
	}

	/** Another ECS runs on this data directory. */
	public static class DataDirectoryInUseException extends IllegalStateException {

		private final Path data;

		private final String holder;

		DataDirectoryInUseException(Path data, String holder) {
			super("Another ECS is already running on the data directory " + data
					+ (holder.isEmpty() ? "" : " (process " + holder + ")") + ": " + data.resolve(FILE) + " is locked");
			this.data = data;
			this.holder = holder;
		}

		public Path data() {
			return this.data;
		}

		public String holder() {
			return this.holder;
		}

	}

}
