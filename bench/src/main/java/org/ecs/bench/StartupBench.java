package org.ecs.bench;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Start-up of ECS on its embedded defaults (the run command's jar, real PostgreSQL,
 * Artemis and mail sandbox), from launching the JVM to {@code /actuator/health} answering
 * UP: the first start on an empty data directory, then restarts on the same data. Prints
 * wall time, the JVM's CPU time at that moment and the load average; each variant of JVM
 * options (e.g. a class data sharing archive) in the same run.
 * <p>
 * Run: {@code ./mvnw -Pbench -pl bench -am -DskipTests verify -Dbench=StartupBench
 * -Dbench.args="<jar> <restarts> [jvm options | jvm options ...]"}.
 */
public final class StartupBench {

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	public static void main(String[] args) throws Exception {
		String[] a = (args.length > 0) ? args[0].trim().split("\\s+", 3) : new String[0];
		Path jar = Path.of((a.length > 0 && !a[0].isBlank()) ? a[0] : "config/target/ecs-app.jar").toAbsolutePath();
		int restarts = (a.length > 1) ? Integer.parseInt(a[1]) : 3;
		List<String> variants = new ArrayList<>(List.of(""));
		if (a.length > 2) {
			variants = Arrays.stream(a[2].split("\\|")).map(String::trim).toList();
		}
		System.out.printf("jar %s, %d cores, load average %s%n", jar, Runtime.getRuntime().availableProcessors(),
				DiscussionPageBench.loadAverage());
		System.out.printf("%-40s %-8s %8s %8s   %s%n", "JVM options", "start", "wall s", "CPU s", "load average");
		for (String variant : variants) {
			Path dir = Files.createTempDirectory("ecs-startup");
			for (int i = 0; i <= restarts; i++) {
				Run r = start(jar, dir, variant);
				System.out.printf("%-40s %-8s %8.2f %8.2f   %s%n", variant.isBlank() ? "(none)" : variant,
						(i == 0) ? "first" : "restart", r.wall, r.cpu, DiscussionPageBench.loadAverage());
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
				"--ecs.sandbox.imap-port=0"));
		long t0 = System.nanoTime();
		Process p = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(new File(dir.toFile(), "ecs.log"))
			.start();
		try {
			URI health = URI.create("http://localhost:" + port + "/actuator/health");
			while (true) {
				if (!p.isAlive()) {
					throw new IllegalStateException("ECS exited: see " + dir.resolve("ecs.log"));
				}
				try {
					HttpResponse<String> r = HTTP.send(
							HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
							HttpResponse.BodyHandlers.ofString());
					if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
						break;
					}
				}
				catch (java.io.IOException notYet) {
					// not listening yet
				}
				Thread.sleep(25);
			}
			double wall = (System.nanoTime() - t0) / 1e9;
			return new Run(wall, cpuSeconds(p.pid()));
		}
		finally {
			p.destroy();
			if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
				p.destroyForcibly().waitFor();
			}
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

	record Run(double wall, double cpu) {
	}

}
