package org.ecs.web.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.ecs.core.meeting.MeetingRules;
import org.ecs.core.meeting.Recording;
import org.ecs.core.meeting.RecordingFiles;
import org.ecs.core.meeting.Recordings;
import org.ecs.core.participant.Participant;
import org.ecs.core.text.Said;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * A recording's upload, from the meeting's page or the API: the request's body is the
 * file itself (no multipart: recordings run to gigabytes), streamed to disk beside the
 * video directory and bounded, then handed to {@link Recordings}. Only the secretariat
 * uploads. What is refused at the door is a {@link RecordingRefusedException}, said on
 * the page in its language.
 */
@Component
public class RecordingUploads {

	private final Recordings recordings;

	private final RecordingFiles files;

	private final long maxBytes;

	RecordingUploads(Recordings recordings, RecordingFiles files,
			@Value("${ecs.video.max-upload:4GB}") DataSize maxUpload) {
		this.recordings = recordings;
		this.files = files;
		this.maxBytes = maxUpload.toBytes();
	}

	public Recording receive(Participant me, long meetingId, Recording.Source source, String fileName, String audio,
			long declaredLength, InputStream body) {
		if (!MeetingRules.managesMeetings(me)) {
			throw new RecordingRefusedException(HttpStatus.FORBIDDEN,
					Said.said("problem.recording.secretariat", "Only the secretariat uploads recordings."));
		}
		if (declaredLength > this.maxBytes) {
			throw tooLarge();
		}
		List<String> tracks = (audio == null || audio.isBlank()) ? List.of()
				: Arrays.stream(audio.split(",")).map(String::strip).toList();
		Path staged = null;
		try {
			Path incoming = this.files.root().resolve("incoming");
			Files.createDirectories(incoming);
			staged = Files.createTempFile(incoming, "upload-", ".part");
			try (OutputStream out = Files.newOutputStream(staged)) {
				copyBounded(body, out);
			}
			return this.recordings.receive(meetingId, source, fileName, staged, tracks, Map.of(), me.id(), null);
		}
		catch (IOException ex) {
			// the API keeps the English with what broke; the page is told to upload again
			throw new RecordingRefusedException(HttpStatus.BAD_REQUEST,
					Said.said("problem.recording.broke-off", "The upload broke off: " + ex.getMessage()));
		}
		finally {
			if (staged != null) {
				try {
					Files.deleteIfExists(staged);
				}
				catch (IOException ex) {
					// left in incoming/, which the next start may clear
				}
			}
		}
	}

	/**
	 * Captions (WebVTT) in one language for a recording of the meeting, from the page's
	 * form or the API: the secretariat only, at most
	 * {@link Recordings#MAX_CAPTION_BYTES}.
	 * @throws org.ecs.core.meeting.MeetingRefusedException when it is not WebVTT or not
	 * one of the languages
	 */
	public Recording captions(Participant me, long meetingId, long recordingId, String language, long declaredLength,
			InputStream body) throws IOException {
		if (!MeetingRules.managesMeetings(me)) {
			throw new RecordingRefusedException(HttpStatus.FORBIDDEN,
					Said.said("problem.captions.secretariat", "Only the secretariat adds captions."));
		}
		this.recordings.find(recordingId)
			.filter((r) -> r.meetingId() == meetingId)
			.orElseThrow(() -> new RecordingRefusedException(HttpStatus.NOT_FOUND,
					Said.said("problem.captions.no-recording", "No such recording.", String.valueOf(recordingId))));
		int megabytes = Recordings.MAX_CAPTION_BYTES / 1024 / 1024;
		Said tooLarge = Said.said("problem.captions.too-large", "Captions are at most " + megabytes + " MB.",
				megabytes);
		if (declaredLength > Recordings.MAX_CAPTION_BYTES) {
			throw new RecordingRefusedException(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge);
		}
		byte[] bytes = body.readNBytes(Recordings.MAX_CAPTION_BYTES + 1);
		if (bytes.length > Recordings.MAX_CAPTION_BYTES) {
			throw new RecordingRefusedException(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge);
		}
		return this.recordings.addCaptions(recordingId, language, bytes);
	}

	private void copyBounded(InputStream in, OutputStream out) throws IOException {
		byte[] buffer = new byte[1 << 16];
		long total = 0;
		int n;
		while ((n = in.read(buffer)) > 0) {
			total += n;
			if (total > this.maxBytes) {
				throw tooLarge();
			}
			out.write(buffer, 0, n);
		}
	}

	private RecordingRefusedException tooLarge() {
		long megabytes = DataSize.ofBytes(this.maxBytes).toMegabytes();
		return new RecordingRefusedException(HttpStatus.PAYLOAD_TOO_LARGE,
				Said.said("problem.recording.too-large", "A recording is at most " + megabytes + " MB.", megabytes));
	}

}
