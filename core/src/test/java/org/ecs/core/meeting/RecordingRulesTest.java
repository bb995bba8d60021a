package org.ecs.core.meeting;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordingRulesTest {

	@Test
	void shouldReadTrackLanguagesAsTypedOrAsRecordersTagThem() {
		assertThat(AudioLanguages.parse(" Floor ")).hasValue("mul");
		assertThat(AudioLanguages.parse("fre")).hasValue("fr");
		assertThat(AudioLanguages.parse("zho")).hasValue("zh");
		assertThat(AudioLanguages.parse("ES")).hasValue("es");
		assertThat(AudioLanguages.parse("de")).isEmpty();
		assertThat(AudioLanguages.parse("und")).isEmpty();
	}

	@Test
	void shouldTakeOnlyWebVttAsCaptions() {
		assertThat(Recordings
			.webVtt("\uFEFFWEBVTT\n\n00:00.000 --> 00:02.000\nBonjour\n".getBytes(StandardCharsets.UTF_8)))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("WEBVTT\n"));
		assertThat(Recordings.webVtt("WEBVTTX\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(Recordings.webVtt("1\n00:00:00,000 --> 00:00:02,000\nSRT\n".getBytes(StandardCharsets.UTF_8)))
			.isEmpty();
		assertThat(Recordings.webVtt(new byte[] { 'W', 'E', 'B', 'V', 'T', 'T', '\n', (byte) 0xC3 })).isEmpty();
	}

	@Test
	void shouldTakeALiveStreamOnlyAsAnHlsPlaylistHereOrOverHttps() {
		assertThat(MeetingRules.liveUrl("/live/m3/index.m3u8")).isEqualTo("/live/m3/index.m3u8");
		assertThat(MeetingRules.liveUrl("https://media.example.org/live/pc63.m3u8?token=x"))
			.isEqualTo("https://media.example.org/live/pc63.m3u8?token=x");
		assertThat(MeetingRules.liveUrl("  ")).isNull();
		assertThatThrownBy(() -> MeetingRules.liveUrl("http://media.example.org/live.m3u8"))
			.hasMessageContaining("https://");
		assertThatThrownBy(() -> MeetingRules.liveUrl("javascript:alert(1)//.m3u8")).hasMessageContaining("https://");
		assertThatThrownBy(() -> MeetingRules.liveUrl("//evil.example/x.m3u8")).hasMessageContaining("https://");
		assertThatThrownBy(() -> MeetingRules.liveUrl("https://media.example.org/live.mp4"))
			.hasMessageContaining(".m3u8");
	}

}
