package org.ecs.routes.meeting;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.ecs.core.meeting.MeetingRefusedException;
import org.ecs.core.meeting.RecordingPublishing;
import org.ecs.routes.messaging.Queues;
import org.springframework.stereotype.Component;

/**
 * Recordings: received (web, API: through the outbox; a recorder's drop folder) →
 * transcoded by ffmpeg → published and announced (the notice's fan-out is the notice
 * route's). One transcoding at a time per instance: ffmpeg uses every core it finds.
 */
@Component
class RecordingRoute extends RouteBuilder {

	private final VideoSettings settings;

	RecordingRoute(VideoSettings settings) {
		this.settings = settings;
	}

	@Override
	public void configure() {
		from(Queues.queue(Queues.RECORDING_RECEIVED) + "?concurrentConsumers=1").routeId("recording-transcode")
			.bean(RecordingTranscoding.class, "transcode")
			.filter(body().isNotNull())
			.convertBodyTo(String.class)
			.to(Queues.queue(Queues.RECORDING_TRANSCODED));

		from(Queues.queue(Queues.RECORDING_TRANSCODED)).routeId("recording-publish")
			.convertBodyTo(Long.class)
			.bean(RecordingPublishing.class, "publish");

		from(Queues.queue(Queues.RECORDING_CAPTIONED)).routeId("recording-caption")
			.convertBodyTo(String.class)
			.bean(RecordingTranscoding.class, "recaption");

		if (this.settings.dropEnabled()) {
			fromF("file:%s?recursive=true&minDepth=2&maxDepth=2&readLock=changed&readLockMinAge=%d"
					+ "&readLockCheckInterval=2000&move=.done&moveFailed=.failed&exclude=^\\..*&delay=%d",
					this.settings.drop().toAbsolutePath(), 10_000, this.settings.dropDelay().toMillis())
				.routeId("recording-drop")
				.onException(MeetingRefusedException.class)
				.handled(false)
				.log("Dropped recording ${header.CamelFileName} refused: ${exception.message}")
				.end()
				.setBody(simple("${header." + Exchange.FILE_PATH + "}"))
				.bean(RecordingDrop.class, "receive(${body}, ${header." + Exchange.FILE_NAME + "})");
		}
	}

}
