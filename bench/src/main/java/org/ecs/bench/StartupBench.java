package org.ecs.bench;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up of ECS on its embedded defaults (the run command's jar, real PostgreSQL,
 * Artemis and mail sandbox), from launching the JVM to {@code /actuator/health} answering
 * UP, and on to the ready banner (the end of start-up: the readiness probe turns UP
 * then): the first start on an empty data directory, then restarts on the same data.
 * Prints wall time, the JVM's CPU time at each moment and the load average; each jar
 * (e.g. the one before a change as the baseline) and each variant of JVM options (e.g. a
 * class data sharing archive) in the same run, the jars taking turns start by start so
 * that a change in the machine's load falls on both.
 * <p>
 * Run: {@code ./mvnw -Pbench -pl bench -am -DskipTests verify -Dbench=StartupBench
 * -Dbench.args="<jar>[,<baseline jar>...] <restarts> [jvm options | jvm options ...]"}.
 */
public final class StartupBench {

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	/** The line {@code ReadyBanner} logs once start-up is over. */
	static final String READY = "ECS is ready at";

	public static void main(String[] args) throws Exception {
		String[] a = (args.length > 0) ? args[0].trim().split("\\s+", 3) : new String[0];
		List<Path> jars = Arrays
			.stream(((a.length > 0 && !a[0].isBlank()) ? a[0] : "config/target/ecs-app.jar").split(","))
			.map((jar) -> Path.of(jar).toAbsolutePath())
			.toList();
		int restarts = (a.length > 1) ? Integer.parseInt(a[1]) : 3;
		List<String> variants = new ArrayList<>(List.of(""));
		if (a.length > 2) {
			variants = Arrays.stream(a[2].split("\\|")).map(String::trim).toList();
		}
		System.out.printf("%d cores, load average %s%n", Runtime.getRuntime().availableProcessors(),
				DiscussionPageBench.loadAverage());
		System.out.printf("%-28s %-40s %-8s %8s %8s %8s %8s   %s%n", "jar", "JVM options", "start", "health s", "CPU s",
				"ready s", "CPU s", "load average");
		Map<String, Path> dirs = new LinkedHashMap<>();
		for (String variant : variants) {
			for (Path jar : jars) {
				dirs.put(jar + "|" + variant, Files.createTempDirectory("ecs-startup"));
			}
		}
		for (int i = 0; i <= restarts; i++) {
			for (String variant : variants) {
				for (Path jar : jars) {
					Path dir = dirs.get(jar + "|" + variant);
					Run r = start(jar, dir, variant);
					System.out.printf("%-28s %-40s %-8s %8.2f %8.2f %8.2f %8.2f   %s%n", jar.getFileName(),
							variant.isBlank() ? "(none)" : variant, (i == 0) ? "first" : "restart", r.healthy,
							r.healthyCpu, r.ready, r.readyCpu, DiscussionPageBench.loadAverage());
				}
			}
		}
	}

	static Run start(Path jar, Path dir, String jvmOptions) throws Exception {
		int port = 20000 + (int) (ProcessHandle.current().pid() % 10000);
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		if (!jvmOptions.isBlank()) {
			command.addAll(Arrays.asList(jvmOptions.split("\\s+")));
		}
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--ecs.sandbox.smtp-port=0",
				"--ecs.sandbox.imap-port=0", "--ecs.tls.port=0"));
		Path log = dir.resolve("ecs.log");
		Files.deleteIfExists(log);
		long t0 = System.nanoTime();
		Process p = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			URI health = URI.create("http://localhost:" + port + "/actuator/health");
			double healthy = Double.NaN;
			double healthyCpu = Double.NaN;
			while (true) {
				if (!p.isAlive()) {
					throw new IllegalStateException("ECS exited: see " + log);
				}
				if (Double.isNaN(healthy) && up(health)) {
					healthy = (System.nanoTime() - t0) / 1e9;
					healthyCpu = cpuSeconds(p.pid());
				}
				if (Files.readString(log, StandardCharsets.UTF_8).contains(READY)) {
					double ready = (System.nanoTime() - t0) / 1e9;
					double readyCpu = cpuSeconds(p.pid());
					if (Double.isNaN(healthy)) {
						// ready before its first answer: healthy at the next
						while (!up(health)) {
							Thread.sleep(25);
						}
						healthy = (System.nanoTime() - t0) / 1e9;
						healthyCpu = cpuSeconds(p.pid());
					}
					return new Run(healthy, healthyCpu, ready, readyCpu);
				}
				Thread.sleep(25);
			}
		}
		finally {
			p.destroy();
			if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
				p.destroyForcibly().waitFor();
			}
		}
	}

	private static boolean up(URI health) throws InterruptedException {
		try {
			HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
					HttpResponse.BodyHandlers.ofString());
			return r.statusCode() == 200 && r.body().contains("\"UP\"");
		}
		catch (java.io.IOException notYet) {
			// not listening yet
			return false;
		}
	}

	/**
	 * User and system CPU time of the process so far, from /proc (clock ticks of 10 ms).
	 */
	static double cpuSeconds(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
			String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
		}
		catch (Exception ex) {
			return Double.NaN;
		}
	}

	record Run(double healthy, double healthyCpu, double ready, double readyCpu) {
	}

}
