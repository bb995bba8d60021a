package org.ecs.gateways.video;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A live HLS stream made by ffmpeg in real time ({@code -re}): from its test pattern and
 * a tone, or by replaying a file in a loop. One-second segments, a keyframe each, a
 * sliding window of six in the playlist (older segments stay on disk: together they are
 * the recording of the live, {@link #keep}), and each segment's wall-clock time in the
 * playlist ({@code EXT-X-PROGRAM-DATE-TIME}), so a player can tell how far behind the
 * source it is. ffmpeg's playlist is written to a temporary file and renamed, so a reader
 * never sees half of it.
 */
public final class LiveHls {

	private LiveHls() {
	}

	/** Starts ffmpeg; it stops by itself after {@code limit}, or when destroyed. */
	public static Process start(String ffmpeg, Path out, Path replay, Duration limit) {
		try {
			Files.createDirectories(out);
			return new ProcessBuilder(command(ffmpeg, out, replay, limit))
				.redirectError(out.resolveSibling(out.getFileName() + ".log").toFile())
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start " + ffmpeg + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * What the live streamed, as one MPEG-TS file: its finished segments in order (ffmpeg
	 * writes each to a temporary name first, so a segment cut short by the stop is not
	 * among them; MPEG-TS segments of one stream follow each other byte for byte).
	 * @return the bytes written; 0 when the live wrote no segment
	 */
	public static long keep(Path live, Path target) throws IOException {
		List<Path> segments;
		try (var list = Files.list(live)) {
			segments = list.filter((p) -> SEGMENT.matcher(p.getFileName().toString()).matches()).sorted().toList();
		}
		long bytes = 0;
		try (var out = Files.newOutputStream(target)) {
			for (Path segment : segments) {
				bytes += Files.copy(segment, out);
			}
		}
		return bytes;
	}

	private static final java.util.regex.Pattern SEGMENT = java.util.regex.Pattern.compile("seg_\\d{5,9}\\.ts");

	/** The command line, every argument apart (no shell). */
	static List<String> command(String ffmpeg, Path out, Path replay, Duration limit) {
		List<String> c = new ArrayList<>(List.of(ffmpeg, "-nostdin", "-hide_banner", "-loglevel", "error", "-y"));
		if (replay != null) {
			c.addAll(List.of("-re", "-stream_loop", "-1", "-i", replay.toString(), "-map", "0:v:0", "-map", "0:a:0?"));
		}
		else {
			c.addAll(List.of("-re", "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25", "-re", "-f", "lavfi", "-i",
					"sine=frequency=440:sample_rate=48000", "-map", "0:v", "-map", "1:a"));
		}
		c.addAll(List.of("-t", Long.toString(limit.toSeconds()), "-c:v", "libx264", "-preset", "ultrafast", "-tune",
				"zerolatency", "-profile:v", "main", "-pix_fmt", "yuv420p", "-g", "25", "-keyint_min", "25",
				"-sc_threshold", "0", "-force_key_frames", "expr:gte(t,n_forced*1)", "-b:v", "800k", "-c:a", "aac",
				"-ac", "2", "-ar", "48000", "-b:a", "96k", "-f", "hls", "-hls_time", "1", "-hls_list_size", "6",
				"-hls_flags", "independent_segments+program_date_time+temp_file", "-hls_segment_filename",
				out.resolve("seg_%05d.ts").toString(), out.resolve("index.m3u8").toString()));
		return c;
	}

}
