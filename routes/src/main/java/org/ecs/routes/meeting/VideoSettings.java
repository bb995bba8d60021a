package org.ecs.routes.meeting;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Transcoding of recordings. The video directory itself is {@code ecs.video.dir} (core's
 * {@code RecordingFiles}).
 *
 * @param ffmpeg the ffmpeg program (Debian's by default, found on the PATH)
 * @param ffprobe the ffprobe program
 * @param preset x264's speed/size trade-off (veryfast keeps a 2-core machine at several
 * times real time)
 * @param drop a recorder's drop folder: a file in {@code <drop>/<meeting id>/} becomes a
 * recording of that meeting; empty for none
 * @param dropDelay how often the drop folder is looked at
 * @param progressEvery how often the progress of a transcoding is written for the
 * uploader to see
 * @param liveLimit how long the embedded live test source runs at most
 * @param liveKeep whether what the embedded live source streamed becomes a recording of
 * the meeting when the live ends
 */
@ConfigurationProperties("ecs.video")
public record VideoSettings(@DefaultValue("ffmpeg") String ffmpeg, @DefaultValue("ffprobe") String ffprobe,
		@DefaultValue("veryfast") String preset, Path drop, @DefaultValue("5s") Duration dropDelay,
		@DefaultValue("1s") Duration progressEvery, @DefaultValue("4h") Duration liveLimit,
		@DefaultValue("true") boolean liveKeep) {

	public boolean dropEnabled() {
		return this.drop != null && !this.drop.toString().isBlank();
	}

}
