package org.ecs.core.meeting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A meeting's recording and how far its transcoding has come. {@code key} names its
 * folder and its playlist's URL; it is random, so nobody reaches a recording by guessing.
 */
public record Recording(long id, UUID key, long meetingId, String fileName, long sizeBytes, Source source,
		List<String> audioLanguages, List<String> captionLanguages, RecordingStatus status, BigDecimal percent,
		Integer secondsLeft, BigDecimal durationSeconds, String renditions, Long outputBytes, Long transcodeMillis,
		String failure, Long uploadedBy, Instant receivedAt, Instant startedAt, Instant publishedAt) {

	public enum Source {

		WEB, API, DROP, DEMO,

		/** What the embedded live source streamed, kept when the live ended. */
		LIVE

	}

	public Recording {
		audioLanguages = List.copyOf(audioLanguages);
		captionLanguages = List.copyOf(captionLanguages);
	}

	public boolean published() {
		return this.status == RecordingStatus.PUBLISHED;
	}

	/** Still on its way (received or transcoding): its page shows the progress. */
	public boolean working() {
		return this.status == RecordingStatus.RECEIVED || this.status == RecordingStatus.TRANSCODING
				|| this.status == RecordingStatus.TRANSCODED;
	}

}
