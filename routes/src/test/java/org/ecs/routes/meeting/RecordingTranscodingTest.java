package org.ecs.routes.meeting;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ecs.core.meeting.Recording;
import org.ecs.core.meeting.RecordingStatus;
import org.ecs.gateways.video.HlsPlan;
import org.ecs.gateways.video.ProbedMedia;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingTranscodingTest {

	static final ProbedMedia THREE_TRACKS = new ProbedMedia(Duration.ofMinutes(3), 1280, 720,
			List.of(new ProbedMedia.AudioStream(0, null), new ProbedMedia.AudioStream(1, "fra"),
					new ProbedMedia.AudioStream(2, "spa")));

	@Test
	void shouldNameTracksAsTheUploaderDeclaredThem() {
		HlsPlan plan = RecordingTranscoding.plan(recording(List.of("mul", "en", "ru"), List.of("en")), THREE_TRACKS);
		assertThat(plan.audio()).extracting(HlsPlan.AudioTrack::language).containsExactly("mul", "en", "ru");
		assertThat(plan.audio()).extracting(HlsPlan.AudioTrack::isDefault).containsExactly(true, false, false);
		assertThat(plan.captions()).extracting(HlsPlan.Caption::language).containsExactly("en");
		assertThat(plan.renditions()).extracting(HlsPlan.Rendition::name).containsExactly("720p", "360p");
	}

	@Test
	void shouldTakeTheRecordersTagsAndCallTheFirstUntaggedTrackTheFloor() {
		HlsPlan plan = RecordingTranscoding.plan(recording(List.of(), List.of()), THREE_TRACKS);
		assertThat(plan.audio()).extracting(HlsPlan.AudioTrack::language).containsExactly("mul", "fr", "es");
		assertThat(plan.audio()).extracting(HlsPlan.AudioTrack::name).containsExactly("Floor", "Français", "Español");
	}

	@Test
	void shouldLeaveOutATrackNobodyCouldChooseAndMakeTheFirstTheDefaultWithoutAFloor() {
		ProbedMedia media = new ProbedMedia(Duration.ofMinutes(1), 1280, 720,
				List.of(new ProbedMedia.AudioStream(0, "eng"), new ProbedMedia.AudioStream(1, "eng"),
						new ProbedMedia.AudioStream(2, "xyz")));
		HlsPlan plan = RecordingTranscoding.plan(recording(List.of(), List.of()), media);
		assertThat(plan.audio()).extracting(HlsPlan.AudioTrack::language).containsExactly("en", "mul");
		assertThat(plan.audio()).extracting(HlsPlan.AudioTrack::sourceIndex).containsExactly(0, 2);
		assertThat(plan.audio().get(1).isDefault()).isTrue();
	}

	static Recording recording(List<String> audio, List<String> captions) {
		return new Recording(1, UUID.randomUUID(), 2, "session.mp4", 1000, Recording.Source.API, audio, captions,
				RecordingStatus.TRANSCODING, BigDecimal.ZERO, null, null, null, null, null, null, 3L, Instant.now(),
				null, null);
	}

}
