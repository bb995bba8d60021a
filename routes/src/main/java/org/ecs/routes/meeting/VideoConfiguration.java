package org.ecs.routes.meeting;

import java.time.Clock;

import org.ecs.core.meeting.RecordingFiles;
import org.ecs.core.meeting.Recordings;
import org.ecs.gateways.video.HlsTranscoder;
import org.ecs.gateways.video.MediaProbe;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** ffmpeg and ffprobe as the recording steps use them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VideoSettings.class)
class VideoConfiguration {

	@Bean
	RecordingTranscoding recordingTranscoding(Recordings recordings, RecordingFiles files, VideoSettings settings,
			Clock clock) {
		return new RecordingTranscoding(recordings, files, new MediaProbe(settings.ffprobe()),
				new HlsTranscoder(settings.ffmpeg(), settings.preset()), settings.progressEvery(), clock);
	}

	@Bean
	RecordingDrop recordingDrop(Recordings recordings) {
		return new RecordingDrop(recordings);
	}

}
