package org.ecs.web.meeting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingFailuresTest {

	@Test
	void shouldNameTheKindOfFailureForThePage() {
		assertThat(RecordingFailures.key("Not a video or audio file ffmpeg can read: Invalid data found"))
			.isEqualTo("meeting.recording-failure.unreadable");
		assertThat(RecordingFailures.key("The file holds neither video nor audio."))
			.isEqualTo("meeting.recording-failure.unreadable");
		assertThat(RecordingFailures.key("The received file is missing from the video directory."))
			.isEqualTo("meeting.recording-failure.missing");
		assertThat(RecordingFailures.key("ffmpeg wrote no 360p playlist")).isEqualTo("meeting.recording-failure.other");
		assertThat(RecordingFailures.key(null)).isEqualTo("meeting.recording-failure.other");
	}

}
