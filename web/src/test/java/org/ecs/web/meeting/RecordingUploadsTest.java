package org.ecs.web.meeting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.ecs.core.meeting.RecordingFiles;
import org.ecs.core.meeting.Recordings;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.Role;
import org.ecs.core.text.Said;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * What the upload refuses at the door carries a bundle key for the page and the English
 * for the API; a broken upload's detail stays out of what the page is told.
 */
class RecordingUploadsTest {

	static final Participant SAM = participant(6, "sam", Role.SECRETARIAT);

	static final Participant ALICE = participant(1, "alice", Role.PARTICIPANT);

	@TempDir
	Path dir;

	final Recordings recordings = mock(Recordings.class);

	@Test
	void shouldRefuseAnUploadFromAnyoneButTheSecretariat() {
		assertThatThrownBy(() -> uploads().receive(ALICE, 7, null, "a.mp4", null, 3, bytes(3)))
			.isInstanceOfSatisfying(RecordingRefusedException.class, (ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
				assertThat(ex.getReason()).isEqualTo("Only the secretariat uploads recordings.");
				assertThat(ex.said().key()).isEqualTo("problem.recording.secretariat");
			});
	}

	@Test
	void shouldRefuseARecordingTooLargeAsDeclaredOrAsSent() {
		assertThatThrownBy(() -> uploads().receive(SAM, 7, null, "a.mp4", null, 2 << 20, bytes(1)))
			.isInstanceOfSatisfying(RecordingRefusedException.class, (ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
				assertThat(ex.getReason()).isEqualTo("A recording is at most 1 MB.");
				assertThat(ex.said()).isEqualTo(Said.said("problem.recording.too-large", ex.getReason(), 1L));
			});
		assertThatThrownBy(() -> uploads().receive(SAM, 7, null, "a.mp4", null, -1, bytes((1 << 20) + 1)))
			.isInstanceOfSatisfying(RecordingRefusedException.class,
					(ex) -> assertThat(ex.said().key()).isEqualTo("problem.recording.too-large"));
	}

	@Test
	void shouldKeepWhatBrokeAnUploadForTheApiButNotForThePage() {
		InputStream broken = new InputStream() {
			@Override
			public int read() throws IOException {
				throw new IOException("Connection reset by peer");
			}
		};
		assertThatThrownBy(() -> uploads().receive(SAM, 7, null, "a.mp4", null, 10, broken))
			.isInstanceOfSatisfying(RecordingRefusedException.class, (ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
				assertThat(ex.getReason()).isEqualTo("The upload broke off: Connection reset by peer");
				assertThat(ex.said().key()).isEqualTo("problem.recording.broke-off");
				assertThat(ex.said().args()).isEmpty();
			});
	}

	@Test
	void shouldRefuseCaptionsFromAnyoneButTheSecretariatForNoRecordingOrTooLarge() {
		assertThatThrownBy(() -> uploads().captions(ALICE, 7, 4, "fr", 3, bytes(3)))
			.isInstanceOfSatisfying(RecordingRefusedException.class, (ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
				assertThat(ex.said().key()).isEqualTo("problem.captions.secretariat");
			});
		given(this.recordings.find(4)).willReturn(Optional.empty());
		assertThatThrownBy(() -> uploads().captions(SAM, 7, 4, "fr", 3, bytes(3)))
			.isInstanceOfSatisfying(RecordingRefusedException.class, (ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
				assertThat(ex.getReason()).isEqualTo("No such recording.");
				assertThat(ex.said()).isEqualTo(Said.said("problem.captions.no-recording", "No such recording.", "4"));
			});
	}

	private RecordingUploads uploads() {
		return new RecordingUploads(this.recordings, new RecordingFiles(this.dir), DataSize.ofMegabytes(1));
	}

	private static InputStream bytes(int n) {
		return new ByteArrayInputStream(new byte[n]);
	}

	private static Participant participant(long id, String username, Role role) {
		return new Participant(id, username, username, username + "@example.org", null, "AUT", "en", Level.FULL,
				Set.of(role), EnumSet.of(Channel.WEB, Channel.EMAIL), true);
	}

}
