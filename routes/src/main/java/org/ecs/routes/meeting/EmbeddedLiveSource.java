package org.ecs.routes.meeting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import org.ecs.core.meeting.LiveTestSource;
import org.ecs.core.meeting.Recording;
import org.ecs.core.meeting.RecordingFiles;
import org.ecs.gateways.video.LiveHls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The embedded default's live source: one ffmpeg per live meeting, writing a live HLS
 * stream under the video directory in a folder with a new random name each time (an old
 * address stops working). It stops by itself after {@code ecs.video.live-limit}, when the
 * secretariat stops it, and when ECS stops; its folder is removed then.
 */
@Component
class EmbeddedLiveSource implements LiveTestSource {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedLiveSource.class);

	private record Running(UUID key, Process process) {
	}

	private final Map<Long, Running> running = new ConcurrentHashMap<>();

	private final RecordingFiles files;

	private final VideoSettings settings;

	EmbeddedLiveSource(RecordingFiles files, VideoSettings settings) {
		this.files = files;
		this.settings = settings;
	}

	@Override
	public UUID start(long meetingId, Recording replay) {
		stop(meetingId);
		UUID key = UUID.randomUUID();
		Path replayed = (replay != null) ? this.files.original(replay.key()) : null;
		Process process = LiveHls.start(this.settings.ffmpeg(), this.files.live(key), replayed,
				this.settings.liveLimit());
		this.running.put(meetingId, new Running(key, process));
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
		remove(this.files.live(r.key()));
		log.info("Live test source of meeting {} stopped", meetingId);
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
