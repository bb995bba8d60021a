package org.ecs.gateways.video;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The master playlist (RFC 8216) over what ffmpeg wrote: each audio track as
 * {@code EXT-X-MEDIA TYPE=AUDIO} with its {@code LANGUAGE} (the floor is the default),
 * captions as {@code TYPE=SUBTITLES} (one WebVTT file each, in a playlist of one
 * segment), one {@code EXT-X-STREAM-INF} per video rendition with its measured peak and
 * average bandwidth, and an audio-only variant for slow links. Written by ECS rather than
 * by ffmpeg, whose muxer lists alternate audio but no audio-only variant.
 */
public final class MasterPlaylist {

	static final String AUDIO_GROUP = "audio";

	static final String SUBTITLE_GROUP = "subs";

	static final String VIDEO_CODEC = "avc1.4d4028";

	static final String AUDIO_CODEC = "mp4a.40.2";

	private MasterPlaylist() {
	}

	/**
	 * What was written, for the recording's record: name and bytes of each playlist's
	 * segments.
	 */
	public record Written(List<Measured> playlists, long totalBytes) {

		public String summary() {
			List<String> parts = new ArrayList<>();
			for (Measured m : this.playlists) {
				parts.add(m.folder() + " " + String.format(Locale.ROOT, "%.1f MB", m.bytes() / 1e6) + " ("
						+ m.averageBps() / 1000 + " kbit/s)");
			}
			return String.join(", ", parts);
		}

	}

	/**
	 * One media playlist's segments: bytes, and bit rates averaged and at the peak
	 * segment.
	 */
	public record Measured(String folder, long bytes, long averageBps, long peakBps) {
	}

	public static Written write(Path out, HlsPlan plan, Duration length) {
		List<Measured> measured = new ArrayList<>();
		for (String folder : HlsTranscoder.folders(plan)) {
			measured.add(measure(out, folder));
		}
		for (HlsPlan.Caption c : plan.captions()) {
			write(out.resolve(c.playlist()), captionPlaylist(c, length));
		}
		write(out.resolve("master.m3u8"), master(plan, measured));
		return new Written(measured, measured.stream().mapToLong(Measured::bytes).sum());
	}

	static String master(HlsPlan plan, List<Measured> measured) {
		StringBuilder m = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-INDEPENDENT-SEGMENTS\n");
		long audioPeak = 0;
		long audioAverage = 0;
		for (HlsPlan.AudioTrack a : plan.audio()) {
			Measured am = find(measured, a.folder());
			audioPeak = Math.max(audioPeak, am.peakBps());
			audioAverage = Math.max(audioAverage, am.averageBps());
			m.append("#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"")
				.append(AUDIO_GROUP)
				.append("\",NAME=\"")
				.append(quoted(a.name()))
				.append("\",LANGUAGE=\"")
				.append(a.language())
				.append("\",AUTOSELECT=YES,DEFAULT=")
				.append(a.isDefault() ? "YES" : "NO")
				.append(",CHANNELS=\"2\",URI=\"")
				.append(a.folder())
				.append("/index.m3u8\"\n");
		}
		for (HlsPlan.Caption c : plan.captions()) {
			m.append("#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=\"")
				.append(SUBTITLE_GROUP)
				.append("\",NAME=\"")
				.append(quoted(c.name()))
				.append("\",LANGUAGE=\"")
				.append(c.language())
				.append("\",AUTOSELECT=YES,DEFAULT=NO,URI=\"")
				.append(c.playlist())
				.append("\"\n");
		}
		boolean audio = !plan.audio().isEmpty();
		String groups = (audio ? ",AUDIO=\"" + AUDIO_GROUP + "\"" : "")
				+ (plan.captions().isEmpty() ? "" : ",SUBTITLES=\"" + SUBTITLE_GROUP + "\"");
		for (HlsPlan.Rendition r : plan.renditions()) {
			Measured vm = find(measured, r.name());
			m.append("#EXT-X-STREAM-INF:BANDWIDTH=")
				.append(Math.max(1, vm.peakBps() + audioPeak))
				.append(",AVERAGE-BANDWIDTH=")
				.append(Math.max(1, vm.averageBps() + audioAverage))
				.append(",RESOLUTION=")
				.append(r.width())
				.append('x')
				.append(r.height())
				.append(",CODECS=\"")
				.append(VIDEO_CODEC)
				.append(audio ? "," + AUDIO_CODEC : "")
				.append('"')
				.append(groups)
				.append('\n')
				.append(r.name())
				.append("/index.m3u8\n");
		}
		if (audio) {
			// the audio-only variant: the default track's playlist, the others still to
			// choose
			HlsPlan.AudioTrack main = plan.audio()
				.stream()
				.filter(HlsPlan.AudioTrack::isDefault)
				.findFirst()
				.orElse(plan.audio().get(0));
			m.append("#EXT-X-STREAM-INF:BANDWIDTH=")
				.append(Math.max(1, audioPeak))
				.append(",AVERAGE-BANDWIDTH=")
				.append(Math.max(1, audioAverage))
				.append(",CODECS=\"")
				.append(AUDIO_CODEC)
				.append('"')
				.append(groups)
				.append('\n')
				.append(main.folder())
				.append("/index.m3u8\n");
		}
		return m.toString();
	}

	/**
	 * The audio tracks a master playlist written here offers, as they were planned (so it
	 * can be written again with other captions, the same tracks in the same folders).
	 */
	public static List<HlsPlan.AudioTrack> audioOf(Path master) {
		List<String> lines;
		try {
			lines = Files.readAllLines(master, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<HlsPlan.AudioTrack> audio = new ArrayList<>();
		java.util.regex.Pattern attribute = java.util.regex.Pattern.compile("([A-Z-]+)=(\"[^\"]*\"|[^,]*)");
		for (String line : lines) {
			if (!line.startsWith("#EXT-X-MEDIA:TYPE=AUDIO")) {
				continue;
			}
			java.util.Map<String, String> a = new java.util.HashMap<>();
			java.util.regex.Matcher m = attribute.matcher(line.substring("#EXT-X-MEDIA:".length()));
			while (m.find()) {
				a.put(m.group(1), m.group(2).replace("\"", ""));
			}
			String folder = a.getOrDefault("URI", "").replaceFirst("/index\\.m3u8$", "");
			if (folder.matches("audio_\\d{1,3}")) {
				audio.add(new HlsPlan.AudioTrack(Integer.parseInt(folder.substring(6)), a.get("LANGUAGE"),
						a.getOrDefault("NAME", a.get("LANGUAGE")), "YES".equals(a.get("DEFAULT"))));
			}
		}
		return audio;
	}

	static String captionPlaylist(HlsPlan.Caption c, Duration length) {
		double seconds = Math.max(0.001, length.toMillis() / 1000.0);
		return "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:" + (long) Math.ceil(seconds)
				+ "\n#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:VOD\n#EXTINF:"
				+ String.format(Locale.ROOT, "%.3f", seconds) + ",\n" + c.file() + "\n#EXT-X-ENDLIST\n";
	}

	/** Reads a media playlist's segment durations and sizes. */
	static Measured measure(Path out, String folder) {
		Path dir = out.resolve(folder);
		List<String> lines;
		try {
			lines = Files.readAllLines(dir.resolve("index.m3u8"), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long bytes = 0;
		double seconds = 0;
		long peak = 0;
		double pending = 0;
		for (String line : lines) {
			if (line.startsWith("#EXTINF:")) {
				String d = line.substring(8);
				int comma = d.indexOf(',');
				pending = Double.parseDouble((comma >= 0) ? d.substring(0, comma) : d);
			}
			else if (!line.isBlank() && !line.startsWith("#")) {
				long size;
				try {
					size = Files.size(dir.resolve(line.strip()));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				bytes += size;
				seconds += pending;
				if (pending > 0.5) {
					peak = Math.max(peak, Math.round(size * 8 / pending));
				}
				pending = 0;
			}
		}
		long average = (seconds > 0) ? Math.round(bytes * 8 / seconds) : 0;
		return new Measured(folder, bytes, average, Math.max(peak, average));
	}

	private static Measured find(List<Measured> measured, String folder) {
		return measured.stream().filter((x) -> x.folder().equals(folder)).findFirst().orElseThrow();
	}

	private static String quoted(String text) {
		return text.replace("\"", "'").replaceAll("[\\r\\n]", " ");
	}

	/**
	 * Whole or not at all: a player reading the playlist while captions are added never
	 * sees half of it.
	 */
	private static void write(Path file, String text) {
		try {
			Path part = file.resolveSibling(file.getFileName() + ".part");
			Files.writeString(part, text, StandardCharsets.UTF_8);
			Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
