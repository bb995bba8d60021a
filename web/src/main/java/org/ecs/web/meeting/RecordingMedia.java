package org.ecs.web.meeting;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.ecs.core.meeting.Meetings;
import org.ecs.core.meeting.Recording;
import org.ecs.core.meeting.RecordingFiles;
import org.ecs.core.meeting.Recordings;
import org.ecs.web.security.CurrentParticipant;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A published recording's playlists, segments and captions, for the player in the page
 * (signed in with the session) and for API clients (the same files under
 * {@code /api/v1}). Whoever may see the meeting may watch it: everyone signed in. The URL
 * holds the recording's random key, never a guessable number; names other than those ECS
 * writes are refused. Range requests are answered (Spring serves the file's ranges);
 * segments never change, so browsers keep them; playlists are checked again.
 */
@RestController
class RecordingMedia {

	static final MediaType PLAYLIST = MediaType.parseMediaType("application/vnd.apple.mpegurl");

	private final CurrentParticipant current;

	private final Recordings recordings;

	private final Meetings meetings;

	private final RecordingFiles files;

	RecordingMedia(CurrentParticipant current, Recordings recordings, Meetings meetings, RecordingFiles files) {
		this.current = current;
		this.recordings = recordings;
		this.meetings = meetings;
		this.files = files;
	}

	/** Where the player in a page finds a recording's master playlist. */
	public static String pagePlaylist(Recording r) {
		return "/media/recordings/" + r.key() + "/" + RecordingFiles.MASTER;
	}

	/** Where an API client finds it. */
	public static String apiPlaylist(Recording r) {
		return "/api/v1/recordings/" + r.key() + "/" + RecordingFiles.MASTER;
	}

	/** Where the player finds the embedded live source's playlist. */
	static String livePlaylist(UUID key) {
		return "/media/live/" + key + "/index.m3u8";
	}

	static boolean isLivePlaylist(String url) {
		return url.matches("/media/live/[0-9a-f-]{36}/index\\.m3u8");
	}

	/**
	 * The embedded live source's playlist and segments, for signed-in people: the
	 * playlist changes every second (never kept), a segment never changes but lives
	 * seconds.
	 */
	@GetMapping("/media/live/{key}/{file}")
	ResponseEntity<Resource> live(@PathVariable String key, @PathVariable String file) {
		this.current.get();
		UUID k;
		try {
			k = UUID.fromString(key);
		}
		catch (IllegalArgumentException ex) {
			throw notFound();
		}
		Path path = this.files.servedLive(k, file).orElseThrow(RecordingMedia::notFound);
		boolean playlist = file.endsWith(".m3u8");
		return ResponseEntity.ok()
			.contentType(playlist ? PLAYLIST : MediaType.parseMediaType("video/mp2t"))
			.cacheControl(playlist ? CacheControl.noStore() : CacheControl.maxAge(Duration.ofMinutes(1)).cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(path));
	}

	@GetMapping({ "/media/recordings/{key}/{file}", "/api/v1/recordings/{key}/{file}" })
	ResponseEntity<Resource> file(@PathVariable String key, @PathVariable String file) {
		return serve(key, file);
	}

	@GetMapping({ "/media/recordings/{key}/{folder}/{file}", "/api/v1/recordings/{key}/{folder}/{file}" })
	ResponseEntity<Resource> nested(@PathVariable String key, @PathVariable String folder, @PathVariable String file) {
		return serve(key, folder + "/" + file);
	}

	private ResponseEntity<Resource> serve(String key, String name) {
		this.current.get();
		UUID k;
		try {
			k = UUID.fromString(key);
		}
		catch (IllegalArgumentException ex) {
			throw notFound();
		}
		Recording r = this.recordings.findByKey(k).filter(Recording::published).orElseThrow(RecordingMedia::notFound);
		this.meetings.findById(r.meetingId()).orElseThrow(RecordingMedia::notFound);
		Path path = this.files.served(k, name).orElseThrow(RecordingMedia::notFound);
		boolean playlist = name.endsWith(".m3u8");
		MediaType type = playlist ? PLAYLIST
				: name.endsWith(".ts") ? MediaType.parseMediaType("video/mp2t") : name.endsWith(".vtt")
						? MediaType.parseMediaType("text/vtt;charset=UTF-8") : MediaType.APPLICATION_OCTET_STREAM;
		CacheControl cache = playlist ? CacheControl.noCache().cachePrivate()
				: CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(cache)
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(path));
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such recording file.");
	}

}
