package org.ecs.core.meeting;

import java.util.UUID;

/**
 * The embedded default's live source (port): ffmpeg producing a live HLS stream, from a
 * test pattern or by replaying a recording, into a folder of the video directory whose
 * name is random. In production the stream comes from a media server instead, and the
 * meeting's live address points there.
 */
public interface LiveTestSource {

	/**
	 * Starts (or restarts) the meeting's live source.
	 * @param replay a published recording to replay, or null for the test pattern
	 * @return the key of the live folder ({@link RecordingFiles#live})
	 */
	UUID start(long meetingId, Recording replay);

	/** Stops the meeting's live source, if one runs. */
	void stop(long meetingId);

}
