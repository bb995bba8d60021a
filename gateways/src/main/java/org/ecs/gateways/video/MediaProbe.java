package org.ecs.gateways.video;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a media file's streams and length with ffprobe's JSON output. */
public class MediaProbe {

	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	private final String ffprobe;

	private final ObjectMapper json = new ObjectMapper();

	public MediaProbe(String ffprobe) {
		this.ffprobe = ffprobe;
	}

	public ProbedMedia probe(Path file) throws InterruptedException {
		Process process;
		try {
			process = new ProcessBuilder(this.ffprobe, "-v", "error", "-show_streams", "-show_format", "-of", "json",
					file.toString())
				.redirectErrorStream(false)
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start " + this.ffprobe + ": " + ex.getMessage(), ex);
		}
		try {
			process.getOutputStream().close();
			byte[] out = process.getInputStream().readAllBytes();
			// the uploader sees the reason: without the server's paths
			String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)
				.replace(file.toString() + ": ", "")
				.replace(file.toString(), "the file")
				.strip();
			if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				throw new UnreadableMediaException("Reading the file took too long.");
			}
			if (process.exitValue() != 0) {
				throw new UnreadableMediaException(
						"Not a video or audio file ffmpeg can read" + (err.isEmpty() ? "." : ": " + lastLine(err)));
			}
			return parse(new String(out, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UnreadableMediaException("Reading the file failed: " + ex.getMessage());
		}
		finally {
			process.destroyForcibly();
		}
	}

	ProbedMedia parse(String output) {
		JsonNode root;
		try {
			root = this.json.readTree(output);
		}
		catch (IOException ex) {
			throw new UnreadableMediaException("ffprobe's answer could not be read.");
		}
		int width = 0;
		int height = 0;
		List<ProbedMedia.AudioStream> audio = new ArrayList<>();
		for (JsonNode stream : root.path("streams")) {
			String type = stream.path("codec_type").asText();
			boolean picture = stream.path("disposition").path("attached_pic").asInt() == 1;
			if ("video".equals(type) && !picture && height == 0) {
				width = stream.path("width").asInt();
				height = stream.path("height").asInt();
			}
			else if ("audio".equals(type)) {
				String language = stream.path("tags").path("language").asText(null);
				audio.add(new ProbedMedia.AudioStream(audio.size(), language));
			}
		}
		double seconds = root.path("format").path("duration").asDouble(0);
		if (seconds <= 0) {
			throw new UnreadableMediaException("The file has no length (no playable video or audio).");
		}
		if (height == 0 && audio.isEmpty()) {
			throw new UnreadableMediaException("The file holds neither video nor audio.");
		}
		return new ProbedMedia(Duration.ofMillis(Math.round(seconds * 1000)), width, height, audio);
	}

	static String lastLine(String text) {
		String[] lines = text.strip().split("\\R");
		String last = lines[lines.length - 1];
		return (last.length() > 300) ? last.substring(0, 300) : last;
	}

}
