package org.ecs.core.meeting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ecs.core.outbox.Outbox;
import org.ecs.core.text.InputText;
import org.ecs.core.text.Said;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recordings of meetings. Receiving one keeps its file under the video directory, then
 * writes its row and its message for the transcoding route ({@link #RECEIVED_QUEUE}) in
 * one transaction: a recording accepted is never forgotten, and never transcoded without
 * its row.
 */
@Repository
public class Recordings {

	/** Recordings received, waiting for ffmpeg; the body is the recording's id. */
	public static final String RECEIVED_QUEUE = "ecs.recording.received";

	/** Recordings transcoded, waiting to be published and announced. */
	public static final String TRANSCODED_QUEUE = "ecs.recording.transcoded";

	/**
	 * Recordings whose captions changed, waiting for their master playlist to offer them;
	 * the body is the recording's id.
	 */
	public static final String CAPTIONED_QUEUE = "ecs.recording.captioned";

	public static final int MAX_CAPTION_BYTES = 2 * 1024 * 1024;

	public static final int MAX_TRACKS = 8;

	private static final String COLUMNS = """
			id, key, meeting_id, file_name, size_bytes, source, audio_languages, caption_languages, status, percent,
			seconds_left, duration_seconds, renditions, output_bytes, transcode_millis, failure, uploaded_by,
			received_at, started_at, published_at""";

	private final JdbcClient jdbc;

	private final RecordingFiles files;

	private final Outbox outbox;

	private final TransactionTemplate transaction;

	private final Clock clock;

	public Recordings(JdbcClient jdbc, RecordingFiles files, Outbox outbox, PlatformTransactionManager transactions,
			Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.outbox = outbox;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * A recording as received: the staged file is moved into the video directory.
	 * @param audio the languages of its audio tracks in order, as typed (floor, en, fr…);
	 * empty to take the recorder's tags
	 * @param captions WebVTT text by language
	 * @param sourceKey for a dropped file, what names it (path, size, time); the same key
	 * twice is one recording
	 * @throws MeetingRefusedException naming each problem
	 */
	public Recording receive(long meetingId, Recording.Source source, String fileName, Path staged, List<String> audio,
			Map<String, byte[]> captions, Long by, String sourceKey) {
		List<Said> problems = new ArrayList<>();
		String name = fileName(problems, fileName);
		List<String> languages = new ArrayList<>();
		if (audio.size() > MAX_TRACKS) {
			problems
				.add(Said.said("problem.recording.tracks", "audio: at most " + MAX_TRACKS + " tracks.", MAX_TRACKS));
		}
		else {
			for (int i = 0; i < audio.size(); i++) {
				String typed = audio.get(i);
				Optional<String> code = AudioLanguages.parse(typed);
				if (code.isEmpty()) {
					String codes = String.join(", ", AudioLanguages.codes().subList(1, AudioLanguages.codes().size()));
					problems.add(Said.said("problem.recording.audio-language",
							"audio[" + (i + 1) + "]: " + quoted(typed) + " is not floor or one of " + codes + ".",
							i + 1, quoted(typed), codes));
				}
				else {
					languages.add(code.get());
				}
			}
		}
		Map<String, String> vtt = new LinkedHashMap<>();
		captions.forEach((language, bytes) -> {
			Optional<String> code = AudioLanguages.parse(language).filter((c) -> !c.equals(AudioLanguages.FLOOR));
			if (code.isEmpty()) {
				problems.add(Said.said("problem.recording.captions-language",
						"captions: " + quoted(language) + " is not one of the six languages.", quoted(language)));
				return;
			}
			WebVtt.Checked checked = WebVtt.check(bytes, MAX_CAPTION_BYTES);
			if (checked.ok()) {
				vtt.put(code.get(), checked.text());
			}
			else {
				problems.add(Said.said("problem.captions.not-webvtt",
						"captions." + code.get() + ": " + checked.problem(), code.get()));
			}
		});
		long size;
		try {
			size = Files.size(staged);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (size == 0) {
			problems.add(Said.said("problem.recording.empty", "file: the recording is empty."));
		}
		boolean meetingExists = this.jdbc
			.sql("select exists (select 1 from meeting where id = ? and deleted_at is null)")
			.param(meetingId)
			.query(Boolean.class)
			.single();
		if (!meetingExists) {
			problems.add(Said.said("problem.recording.no-meeting", "meeting: no meeting " + meetingId + ".",
					String.valueOf(meetingId)));
		}
		if (!problems.isEmpty()) {
			throw MeetingRefusedException.said(problems);
		}
		if (sourceKey != null) {
			Optional<Recording> known = bySourceKey(sourceKey);
			if (known.isPresent()) {
				return known.get();
			}
		}
		UUID key = UUID.randomUUID();
		this.files.createFolder(key);
		try {
			Files.move(staged, this.files.original(key), StandardCopyOption.REPLACE_EXISTING);
			for (Map.Entry<String, String> c : vtt.entrySet()) {
				Files.writeString(this.files.captions(key, c.getKey()), c.getValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep recording " + name, ex);
		}
		return this.transaction.execute((status) -> {
			Long id = this.jdbc.sql("""
					insert into meeting_recording (key, meeting_id, file_name, size_bytes, source, source_key,
					    audio_languages, caption_languages, status, uploaded_by, received_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?)
					on conflict (source_key) do nothing returning id
					""")
				.params(key, meetingId, name, size, source.name(), sourceKey, languages.toArray(String[]::new),
						vtt.keySet().toArray(String[]::new), by, Timestamp.from(this.clock.instant()))
				.query(Long.class)
				.optional()
				.orElse(null);
			if (id == null) {
				return bySourceKey(sourceKey).orElseThrow();
			}
			this.outbox.append(Outbox.queue(RECEIVED_QUEUE), Long.toString(id), null);
			return find(id).orElseThrow();
		});
	}

	/**
	 * Captions in one language for a recording, added or replaced: checked as WebVTT,
	 * kept beside the recording, and a message for the route that offers them in the
	 * master playlist (a recording still to be transcoded takes them when it is).
	 * @throws MeetingRefusedException naming what is wrong with the file or the language
	 */
	public Recording addCaptions(long recordingId, String language, byte[] bytes) {
		Recording r = find(recordingId)
			.orElseThrow(() -> MeetingRefusedException.said(List.of(Said.said("problem.captions.no-recording",
					"recording: no recording " + recordingId + ".", String.valueOf(recordingId)))));
		String code = AudioLanguages.parse(language).filter((c) -> !c.equals(AudioLanguages.FLOOR)).orElseThrow(() -> {
			String codes = String.join(", ", AudioLanguages.codes().subList(1, AudioLanguages.codes().size()));
			return MeetingRefusedException.said(List.of(Said.said("problem.captions.language",
					"captions: " + quoted(language) + " is not one of " + codes + ".", quoted(language), codes)));
		});
		WebVtt.Checked checked = WebVtt.check(bytes, MAX_CAPTION_BYTES);
		if (!checked.ok()) {
			throw MeetingRefusedException.said(List
				.of(Said.said("problem.captions.not-webvtt", "captions." + code + ": " + checked.problem(), code)));
		}
		if (r.status() == RecordingStatus.FAILED) {
			throw MeetingRefusedException.said(List
				.of(Said.said("problem.captions.failed", "recording: it could not be transcoded; upload it again.")));
		}
		try {
			Path file = this.files.captions(r.key(), code);
			Path part = file.resolveSibling(file.getFileName() + ".part");
			Files.writeString(part, checked.text());
			Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the captions of recording " + recordingId, ex);
		}
		return this.transaction.execute((status) -> {
			this.jdbc.sql("""
					update meeting_recording set caption_languages = array_append(caption_languages, ?)
					where id = ? and not (? = any (caption_languages))
					""").params(code, recordingId, code).update();
			this.outbox.append(Outbox.queue(CAPTIONED_QUEUE), Long.toString(recordingId), null);
			return find(recordingId).orElseThrow();
		});
	}

	public Optional<Recording> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from meeting_recording where id = ?")
			.param(id)
			.query(this::map)
			.optional();
	}

	public Optional<Recording> findByKey(UUID key) {
		return this.jdbc.sql("select " + COLUMNS + " from meeting_recording where key = ?")
			.param(key)
			.query(this::map)
			.optional();
	}

	private Optional<Recording> bySourceKey(String sourceKey) {
		return this.jdbc.sql("select " + COLUMNS + " from meeting_recording where source_key = ?")
			.param(sourceKey)
			.query(this::map)
			.optional();
	}

	/** A meeting's recordings, oldest first. */
	public List<Recording> ofMeeting(long meetingId) {
		return this.jdbc.sql("select " + COLUMNS + " from meeting_recording where meeting_id = ? order by id")
			.param(meetingId)
			.query(this::map)
			.list();
	}

	/**
	 * Transcoding begins (again, after a crash: the work starts over).
	 * @return the recording, unless it is past transcoding or failed
	 */
	public Optional<Recording> startTranscoding(long id) {
		int updated = this.jdbc.sql("""
				update meeting_recording set status = 'TRANSCODING', percent = 0, seconds_left = null, started_at = ?
				where id = ? and status in ('RECEIVED', 'TRANSCODING')
				""").params(Timestamp.from(this.clock.instant()), id).update();
		return (updated == 1) ? find(id) : Optional.empty();
	}

	public void progress(long id, double percent, Integer secondsLeft) {
		this.jdbc
			.sql("update meeting_recording set percent = ?, seconds_left = ? where id = ? and status = 'TRANSCODING'")
			.params(BigDecimal.valueOf(Math.max(0, Math.min(100, percent))).setScale(1, java.math.RoundingMode.DOWN),
					secondsLeft, id)
			.update();
	}

	/** Transcoded: the HLS folder is complete; publication comes next. */
	public void transcoded(long id, BigDecimal durationSeconds, String renditions, long outputBytes, long millis,
			List<String> audioLanguages) {
		this.jdbc
			.sql("""
					update meeting_recording set status = 'TRANSCODED', percent = 100, seconds_left = 0, duration_seconds = ?,
					    renditions = ?, output_bytes = ?, transcode_millis = ?, audio_languages = ?
					where id = ? and status = 'TRANSCODING'
					""")
			.params(durationSeconds, renditions, outputBytes, millis, audioLanguages.toArray(String[]::new), id)
			.update();
	}

	/**
	 * The file could not be transcoded: the reason is kept for the uploader, the file
	 * too.
	 */
	public void failed(long id, String reason) {
		String r = (reason.length() > 2000) ? reason.substring(0, 2000) : reason;
		this.jdbc.sql("""
				update meeting_recording set status = 'FAILED', seconds_left = null, failure = ?
				where id = ? and status in ('RECEIVED', 'TRANSCODING')
				""").params(r, id).update();
	}

	/**
	 * @return true when this call published it
	 */
	boolean markPublished(long id, Instant at) {
		return this.jdbc
			.sql("""
					update meeting_recording set status = 'PUBLISHED', published_at = ? where id = ? and status = 'TRANSCODED'
					""")
			.params(Timestamp.from(at), id)
			.update() == 1;
	}

	private static String fileName(List<Said> problems, String fileName) {
		String name = (fileName == null) ? "" : fileName.strip();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		if (name.isEmpty()) {
			return "recording";
		}
		Optional<Said> problem = InputText.said(Said.said("meeting.field.file-name", "file name"), name);
		if (problem.isPresent()) {
			problems.add(problem.get());
			return name;
		}
		return (name.length() > 200) ? name.substring(0, 200) : name;
	}

	/** What someone typed, shortened and without control characters, to name it back. */
	private static String quoted(String typed) {
		String t = (typed == null) ? "" : typed.replaceAll("\\p{Cntrl}", "?");
		return "\"" + ((t.length() > 40) ? t.substring(0, 40) + "…" : t) + "\"";
	}

	private Recording map(ResultSet rs, int row) throws SQLException {
		return new Recording(rs.getLong("id"), rs.getObject("key", UUID.class), rs.getLong("meeting_id"),
				rs.getString("file_name"), rs.getLong("size_bytes"), Recording.Source.valueOf(rs.getString("source")),
				strings(rs.getArray("audio_languages")), strings(rs.getArray("caption_languages")),
				RecordingStatus.valueOf(rs.getString("status")), rs.getBigDecimal("percent"),
				(Integer) rs.getObject("seconds_left"), rs.getBigDecimal("duration_seconds"),
				rs.getString("renditions"), (Long) rs.getObject("output_bytes"),
				(Long) rs.getObject("transcode_millis"), rs.getString("failure"), (Long) rs.getObject("uploaded_by"),
				instant(rs.getTimestamp("received_at")), instant(rs.getTimestamp("started_at")),
				instant(rs.getTimestamp("published_at")));
	}

	private static Instant instant(Timestamp t) {
		return (t != null) ? t.toInstant() : null;
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
