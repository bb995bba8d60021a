package org.ecs.gateways.video;

/** The file is not a recording ffmpeg can read or transcode; the message says why. */
public class UnreadableMediaException extends RuntimeException {

	public UnreadableMediaException(String message) {
		super(message);
	}

}
