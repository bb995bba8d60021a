package org.ecs.routes.meeting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ecs.core.meeting.MeetingFilter;
import org.ecs.core.meeting.Meetings;
import org.ecs.core.meeting.Recording;
import org.ecs.core.meeting.Recordings;
import org.ecs.gateways.video.TestClip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo's past meeting gets a short recording at first start: ffmpeg makes a clip
 * (test pattern, a floor and an English and a French track), which then travels the
 * recording route like any upload. Without ffmpeg the demo goes on without it.
 */
@Component
@ConditionalOnProperty(name = "ecs.demo.enabled", havingValue = "true")
class DemoRecording {

	private static final Logger log = LoggerFactory.getLogger(DemoRecording.class);

	private final Meetings meetings;

	private final Recordings recordings;

	private final VideoSettings settings;

	DemoRecording(Meetings meetings, Recordings recordings, VideoSettings settings) {
		this.meetings = meetings;
		this.recordings = recordings;
		this.settings = settings;
	}

	@EventListener(ApplicationReadyEvent.class)
	void make() {
		var past = this.meetings.list(MeetingFilter.of("past", null, null, null));
		if (past.isEmpty()) {
			return;
		}
		long meeting = past.get(past.size() - 1).id();
		if (this.recordings.ofMeeting(meeting).stream().anyMatch((r) -> r.source() == Recording.Source.DEMO)) {
			return;
		}
		try {
			Path clip = Files.createTempFile("ecs-demo-", ".mp4");
			try {
				TestClip.make(this.settings.ffmpeg(), clip, Duration.ofSeconds(8), 1280, 720,
						List.of("mul", "eng", "fra"));
				this.recordings.receive(meeting, Recording.Source.DEMO, "demo-session.mp4", clip,
						List.of("floor", "en", "fr"), Map.of(), null, "demo:" + meeting);
			}
			finally {
				Files.deleteIfExists(clip);
			}
		}
		catch (Exception ex) {
			log.warn("The demo meeting's recording was not made ({}); the demo goes on without it", ex.getMessage());
		}
	}

}
