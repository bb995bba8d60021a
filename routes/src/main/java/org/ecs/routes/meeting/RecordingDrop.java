package org.ecs.routes.meeting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.ecs.core.meeting.MeetingRefusedException;
import org.ecs.core.meeting.Recording;
import org.ecs.core.meeting.Recordings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A recorder's drop folder: a finished file in {@code <drop>/<meeting id>/} becomes a
 * recording of that meeting, its audio tracks named by the recorder's language tags. The
 * file is copied in before the recording is written; its name, size and time make it one
 * recording even when a crash lets the folder be read twice. A file for no meeting is
 * refused (the route moves it to {@code .failed}, kept for a person to look at).
 */
public class RecordingDrop {

	private static final Logger log = LoggerFactory.getLogger(RecordingDrop.class);

	private final Recordings recordings;

	RecordingDrop(Recordings recordings) {
		this.recordings = recordings;
	}

	/**
	 * @param relativePath the file's path under the drop folder, {@code <meeting>/<name>}
	 */
	public long receive(String path, String relativePath) {
		Path file = Path.of(path);
		String[] parts = relativePath.replace('\\', '/').split("/");
		if (parts.length != 2 || !parts[0].matches("\\d{1,18}")) {
			throw new MeetingRefusedException(
					List.of("A dropped recording belongs in a folder named by its meeting's number: " + relativePath));
		}
		long meetingId = Long.parseLong(parts[0]);
		try {
			String sourceKey = "drop:" + relativePath + ":" + Files.size(file) + ":"
					+ Files.getLastModifiedTime(file).toMillis();
			Path staged = Files.createTempFile("ecs-drop-", ".rec");
			try {
				Files.copy(file, staged, StandardCopyOption.REPLACE_EXISTING);
				Recording r = this.recordings.receive(meetingId, Recording.Source.DROP, parts[1], staged, List.of(),
						Map.of(), null, sourceKey);
				log.info("Recording {} received from the drop folder for meeting {}: {}", r.id(), meetingId, parts[1]);
				return r.id();
			}
			finally {
				Files.deleteIfExists(staged);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
