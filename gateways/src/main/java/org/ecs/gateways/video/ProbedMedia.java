package org.ecs.gateways.video;

import java.time.Duration;
import java.util.List;

/**
 * What a media file holds, as ffprobe read it.
 *
 * @param width 0 without video
 * @param height 0 without video
 * @param audio the audio streams in order, each with the language its recorder tagged
 */
public record ProbedMedia(Duration duration, int width, int height, List<AudioStream> audio) {

	public ProbedMedia {
		audio = List.copyOf(audio);
	}

	public boolean hasVideo() {
		return this.height > 0 && this.width > 0;
	}

	/**
	 * @param language the tag as written (eng, fra…), or null
	 */
	public record AudioStream(int index, String language) {
	}

}
