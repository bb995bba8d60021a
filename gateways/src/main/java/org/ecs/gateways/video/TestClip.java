package org.ecs.gateways.video;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A short recording made by ffmpeg from its test pattern and tones, one audio track per
 * language (each a different pitch, so a listener hears which is playing), tagged as a
 * conference recorder tags them. For the demo meeting and for tests: no video file is
 * ever kept in the repository.
 */
public final class TestClip {

	private TestClip() {
	}

	/**
	 * @param languages the ISO 639-2 tag of each audio track (mul for the floor)
	 */
	public static void make(String ffmpeg, Path out, Duration length, int width, int height, List<String> languages)
			throws InterruptedException {
		String seconds = Long.toString(Math.max(1, length.toSeconds()));
		List<String> c = new ArrayList<>(List.of(ffmpeg, "-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-f",
				"lavfi", "-i", "testsrc=size=" + width + "x" + height + ":rate=25:duration=" + seconds));
		for (int i = 0; i < languages.size(); i++) {
			c.addAll(List.of("-f", "lavfi", "-i", "sine=frequency=" + (330 + 110 * i) + ":duration=" + seconds));
		}
		c.addAll(List.of("-map", "0:v"));
		for (int i = 0; i < languages.size(); i++) {
			c.addAll(List.of("-map", (i + 1) + ":a"));
		}
		c.addAll(List.of("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac"));
		for (int i = 0; i < languages.size(); i++) {
			c.addAll(List.of("-metadata:s:a:" + i, "language=" + languages.get(i)));
		}
		c.add(out.toString());
		try {
			Process p = new ProcessBuilder(c).redirectErrorStream(true).start();
			p.getOutputStream().close();
			String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
				p.destroyForcibly();
				throw new IllegalStateException("ffmpeg could not make a test clip: " + output.strip());
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start " + ffmpeg + ": " + ex.getMessage(), ex);
		}
	}

}
