package org.ecs.gateways.video;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Transcodes a recording to HLS with one run of ffmpeg: the video split into the plan's
 * renditions (H.264, keyframes every segment so every rendition switches at the same
 * points), each audio track on its own (AAC stereo) as alternate audio, 4-second MPEG-TS
 * segments. ffmpeg reports its progress on stdout ({@code -progress pipe:1}); its errors
 * go to a log beside the output, whose last line becomes the reason when it fails. The
 * master playlist is written after, by {@link MasterPlaylist}.
 */
public class HlsTranscoder {

	/** Called on every progress block, from the transcoding thread. */
	@FunctionalInterface
	public interface Listener {

		void progress(TranscodeProgress progress);

	}

	private final String ffmpeg;

	private final String preset;

	public HlsTranscoder(String ffmpeg, String preset) {
		this.ffmpeg = ffmpeg;
		this.preset = preset;
	}

	/**
	 * @param out the HLS folder, emptied first (a transcoding that starts over after a
	 * crash starts clean)
	 * @param log where ffmpeg's own messages go
	 */
	public void transcode(Path input, Path out, Path log, HlsPlan plan, Duration length, Listener listener)
			throws InterruptedException {
		clear(out);
		List<String> command = command(this.ffmpeg, this.preset, input, out, plan);
		Process process;
		try {
			process = new ProcessBuilder(command).redirectError(log.toFile())
				.redirectInput(ProcessBuilder.Redirect.PIPE)
				.start();
			process.getOutputStream().close();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start " + this.ffmpeg + ": " + ex.getMessage(), ex);
		}
		// a stuck ffmpeg must not hold the recording queue for ever
		Duration limit = Duration.ofMinutes(30).plus(length.multipliedBy(20));
		Thread watchdog = new Thread(() -> {
			try {
				if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, "ffmpeg-watchdog");
		watchdog.setDaemon(true);
		watchdog.start();
		TranscodeProgress progress = new TranscodeProgress(length);
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				if (progress.read(line)) {
					listener.progress(progress);
				}
				if (Thread.interrupted()) {
					throw new InterruptedException();
				}
			}
			int exit = process.waitFor();
			if (exit != 0) {
				throw new UnreadableMediaException(
						"ffmpeg could not transcode the recording (exit " + exit + ")" + reason(log));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Lost ffmpeg's output: " + ex.getMessage(), ex);
		}
		finally {
			process.destroyForcibly();
			watchdog.interrupt();
		}
		for (String folder : folders(plan)) {
			if (!Files.isRegularFile(out.resolve(folder).resolve("index.m3u8"))) {
				throw new UnreadableMediaException("ffmpeg wrote no " + folder + " playlist" + reason(log));
			}
		}
	}

	/**
	 * The command line, every argument apart (no shell); public so the video bench runs
	 * plain ffmpeg with exactly ECS's settings.
	 */
	public static List<String> command(String ffmpeg, String preset, Path input, Path out, HlsPlan plan) {
		List<String> c = new ArrayList<>(List.of(ffmpeg, "-nostdin", "-hide_banner", "-loglevel", "error", "-y",
				"-progress", "pipe:1", "-nostats", "-i", input.toString()));
		List<HlsPlan.Rendition> video = plan.renditions();
		StringBuilder streams = new StringBuilder();
		if (!video.isEmpty()) {
			StringBuilder filter = new StringBuilder("[0:v:0]split=" + video.size());
			for (int i = 0; i < video.size(); i++) {
				filter.append("[s").append(i).append(']');
			}
			for (int i = 0; i < video.size(); i++) {
				HlsPlan.Rendition r = video.get(i);
				filter.append(";[s")
					.append(i)
					.append("]scale=")
					.append(r.width())
					.append(':')
					.append(r.height())
					.append("[v")
					.append(i)
					.append(']');
			}
			c.addAll(List.of("-filter_complex", filter.toString()));
			for (int i = 0; i < video.size(); i++) {
				c.addAll(List.of("-map", "[v" + i + "]"));
			}
		}
		for (HlsPlan.AudioTrack a : plan.audio()) {
			c.addAll(List.of("-map", "0:a:" + a.sourceIndex()));
		}
		if (!video.isEmpty()) {
			int gop = plan.segmentSeconds();
			c.addAll(List.of("-c:v", "libx264", "-preset", preset, "-profile:v", "main", "-level:v", "4.0", "-pix_fmt",
					"yuv420p", "-sc_threshold", "0", "-force_key_frames", "expr:gte(t,n_forced*" + gop + ")"));
			for (int i = 0; i < video.size(); i++) {
				int kbps = video.get(i).videoKbps();
				c.addAll(List.of("-b:v:" + i, kbps + "k", "-maxrate:v:" + i, (kbps * 107 / 100) + "k",
						"-bufsize:v:" + i, (kbps * 2) + "k"));
				streams.append("v:").append(i).append(",name:").append(video.get(i).name()).append(' ');
			}
		}
		if (!plan.audio().isEmpty()) {
			c.addAll(List.of("-c:a", "aac", "-ac", "2", "-ar", "48000", "-b:a", HlsPlan.AUDIO_KBPS + "k"));
			for (int i = 0; i < plan.audio().size(); i++) {
				streams.append("a:").append(i).append(",name:").append(plan.audio().get(i).folder()).append(' ');
			}
		}
		c.addAll(List.of("-f", "hls", "-hls_time", Integer.toString(plan.segmentSeconds()), "-hls_playlist_type", "vod",
				"-hls_flags", "independent_segments", "-hls_segment_filename",
				out.resolve("%v").resolve("seg_%05d.ts").toString(), "-var_stream_map", streams.toString().strip(),
				out.resolve("%v").resolve("index.m3u8").toString()));
		return c;
	}

	static List<String> folders(HlsPlan plan) {
		List<String> folders = new ArrayList<>();
		plan.renditions().forEach((r) -> folders.add(r.name()));
		plan.audio().forEach((a) -> folders.add(a.folder()));
		return folders;
	}

	private static String reason(Path log) {
		try {
			String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
			return text.isBlank() ? "." : ": " + MediaProbe.lastLine(text);
		}
		catch (IOException ex) {
			return ".";
		}
	}

	private static void clear(Path out) {
		try {
			if (Files.exists(out)) {
				try (var walk = Files.walk(out)) {
					for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
						Files.delete(p);
					}
				}
			}
			Files.createDirectories(out);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot prepare " + out + ": " + ex.getMessage(), ex);
		}
	}

}
