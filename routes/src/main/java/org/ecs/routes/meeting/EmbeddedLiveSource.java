package org.ecs.routes.meeting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import org.ecs.core.meeting.LiveTestSource;
import org.ecs.core.meeting.Meeting;
import org.ecs.core.meeting.Recording;
import org.ecs.core.meeting.RecordingFiles;
import org.ecs.core.meeting.Recordings;
import org.ecs.gateways.video.LiveHls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The embedded default's live source: one ffmpeg per live meeting, writing a live HLS
 * stream under the video directory in a folder with a new random name each time (an old
 * address stops working). It stops by itself after {@code ecs.video.live-limit}, when the
 * secretariat stops it, and when ECS stops. What it streamed then becomes a recording of
 * the meeting (source LIVE) that travels the same route as an upload: received,
 * transcoded, published, announced ({@code ecs.video.live-keep}, on by default); its
 * folder is removed.
 */
@Component
class EmbeddedLiveSource implements LiveTestSource {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedLiveSource.class);

	private record Running(UUID key, Process process) {
	}

	private final Map<Long, Running> running = new ConcurrentHashMap<>();

	private final RecordingFiles files;

	private final VideoSettings settings;

	private final Recordings recordings;

	EmbeddedLiveSource(RecordingFiles files, VideoSettings settings, Recordings recordings) {
		this.files = files;
		this.settings = settings;
		this.recordings = recordings;
	}

	@Override
	public UUID start(long meetingId, Recording replay) {
		stop(meetingId);
		UUID key = UUID.randomUUID();
		Path replayed = (replay != null) ? this.files.original(replay.key()) : null;
		Process process = LiveHls.start(this.settings.ffmpeg(), this.files.live(key), replayed,
				this.settings.liveLimit());
		Running started = new Running(key, process);
		this.running.put(meetingId, started);
		// ended by itself (the time limit, or ffmpeg failing): kept as if stopped
		process.onExit().thenRun(() -> {
			if (this.running.remove(meetingId, started)) {
				ended(meetingId, started);
			}
		});
		log.info("Live test source of meeting {} started ({})", meetingId,
				(replay != null) ? "replaying " + replay.fileName() : "test pattern");
		return key;
	}

	@Override
	public void stop(long meetingId) {
		Running r = this.running.remove(meetingId);
		if (r == null) {
			return;
		}
		ended(meetingId, r);
		log.info("Live test source of meeting {} stopped", meetingId);
	}

	/**
	 * ffmpeg ends (asked to finish its last segment), the live is kept, its folder goes.
	 */
	private void ended(long meetingId, Running r) {
		r.process().destroy();
		try {
			if (!r.process().waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
				r.process().destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			r.process().destroyForcibly();
		}
		if (this.settings.liveKeep()) {
			keep(meetingId, r.key());
		}
		remove(this.files.live(r.key()));
	}

	private void keep(long meetingId, UUID key) {
		Path staged = null;
		try {
			Path incoming = this.files.root().resolve("incoming");
			Files.createDirectories(incoming);
			staged = Files.createTempFile(incoming, "live-", ".ts");
			if (LiveHls.keep(this.files.live(key), staged) == 0) {
				return;
			}
			String name = "live-" + DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")
				.withZone(Meeting.VIENNA)
				.format(java.time.Instant.now()) + ".ts";
			Recording r = this.recordings.receive(meetingId, Recording.Source.LIVE, name, staged, List.of(), Map.of(),
					null, "live:" + key);
			log.info("Live of meeting {} kept as recording {} ({})", meetingId, r.id(), name);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("The live of meeting {} could not be kept as a recording: {}", meetingId, ex.toString());
		}
		finally {
			if (staged != null) {
				try {
					Files.deleteIfExists(staged);
				}
				catch (IOException ex) {
					// left in incoming/
				}
			}
		}
	}

	@PreDestroy
	void stopAll() {
		this.running.keySet().forEach(this::stop);
	}

	private static void remove(Path folder) {
		try {
			if (Files.exists(folder)) {
				try (var walk = Files.walk(folder)) {
					for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
						Files.deleteIfExists(p);
					}
				}
			}
			Files.deleteIfExists(folder.resolveSibling(folder.getFileName() + ".log"));
		}
		catch (IOException ex) {
			log.warn("Could not remove the live folder {}: {}", folder, ex.getMessage());
		}
	}

}
