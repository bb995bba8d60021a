package org.ecs.web.meeting;

import java.util.List;

/**
 * Why a recording could not be prepared, as the meeting's page says it: the kept reason
 * is ffmpeg's or ECS's English (the API gives it as is); the page names its kind in the
 * reader's language ({@code meeting.recording-failure.*}).
 */
final class RecordingFailures {

	private static final List<String> UNREADABLE = List.of("Not a video or audio file",
			"The file holds neither video nor audio", "The file has no length", "ffprobe's answer could not be read");

	private RecordingFailures() {
	}

	/** The bundle key for a kept reason. */
	static String key(String failure) {
		String f = (failure == null) ? "" : failure;
		if (UNREADABLE.stream().anyMatch(f::startsWith)) {
			return "meeting.recording-failure.unreadable";
		}
		if (f.startsWith("The received file is missing")) {
			return "meeting.recording-failure.missing";
		}
		return "meeting.recording-failure.other";
	}

}
