package org.ecs.config.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server runs as a process of its own: when ECS is killed
 * (SIGKILL, a power cut of the JVM) it keeps running and holds {@code postmaster.pid},
 * and the next start could not start it again. Since the data directory lock proves no
 * other ECS uses this data, a server still running on it is an orphan: it is stopped (a
 * fast shutdown, which rolls back what the killed ECS left open and writes a checkpoint)
 * before the embedded server starts again.
 */
final class OrphanPostmaster {

	private static final Logger log = LoggerFactory.getLogger(OrphanPostmaster.class);

	private OrphanPostmaster() {
	}

	/** Stops the server left running on this data directory, if any. */
	static void stopIfRunning(Path dataDirectory, long timeoutSeconds) throws IOException {
		Optional<ProcessHandle> orphan = find(dataDirectory);
		if (orphan.isEmpty()) {
			return;
		}
		ProcessHandle postmaster = orphan.get();
		log.warn("A PostgreSQL server (pid {}) left running by an ECS that stopped without shutting down holds {};"
				+ " stopping it before starting again", postmaster.pid(), dataDirectory);
		// SIGINT: PostgreSQL's fast shutdown
		signal("INT", postmaster.pid());
		try {
			postmaster.onExit().get(timeoutSeconds, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			if (postmaster.isAlive()) {
				throw new IllegalStateException("The PostgreSQL server (pid " + postmaster.pid() + ") left running on "
						+ dataDirectory + " did not stop within " + timeoutSeconds + " s; stop it (kill -INT "
						+ postmaster.pid() + ") and start ECS again", ex);
			}
		}
		log.info("Stopped the orphaned PostgreSQL server (pid {})", postmaster.pid());
	}

	/**
	 * The live postmaster named by the directory's {@code postmaster.pid} that serves
	 * this very directory; a stale file (its process gone, or the pid reused by another
	 * program) names none.
	 */
	static Optional<ProcessHandle> find(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.size() < 2) {
			return Optional.empty();
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).strip());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		Path served = Path.of(lines.get(1).strip());
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter((p) -> p.info().command().map((c) -> c.endsWith("postgres")).orElse(false))
			.filter((p) -> sameDirectory(served, dataDirectory));
	}

	private static boolean sameDirectory(Path a, Path b) {
		try {
			return Files.isSameFile(a, b);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void signal(String signal, long pid) throws IOException {
		try {
			Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
			kill.waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping PostgreSQL " + pid, ex);
		}
	}

}
