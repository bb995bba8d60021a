package org.ecs.config.embedded;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pieces that let the embedded default start again after a kill, and refuse a second
 * ECS on the same data. CrashRecoveryIT runs them for real across processes.
 */
class DataDirectoryTest {

	@TempDir
	Path data;

	@Test
	void shouldRefuseASecondHolderNamingTheFirst() {
		DataDirectoryLock.acquire(this.data);

		assertThatThrownBy(() -> DataDirectoryLock.acquire(this.data))
			.isInstanceOf(DataDirectoryLock.DataDirectoryInUseException.class)
			.hasMessageContaining("Another ECS is already running on the data directory " + this.data)
			.hasMessageContaining("process " + ProcessHandle.current().pid());
	}

	@Test
	void shouldTakeNoProcessForAnOrphanWhenThePidFileIsStale() throws Exception {
		Path postgres = Files.createDirectories(this.data.resolve("postgres"));
		Path pidFile = postgres.resolve("postmaster.pid");
		// a process that has exited
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		Files.writeString(pidFile, gone.pid() + "\n" + postgres + "\n");
		assertThat(OrphanPostmaster.find(postgres)).isEmpty();

		// a live process that is no PostgreSQL server (this JVM)
		Files.writeString(pidFile, ProcessHandle.current().pid() + "\n" + postgres + "\n");
		assertThat(OrphanPostmaster.find(postgres)).isEmpty();

		Files.writeString(pidFile, "garbage");
		assertThat(OrphanPostmaster.find(postgres)).isEmpty();
	}

}
