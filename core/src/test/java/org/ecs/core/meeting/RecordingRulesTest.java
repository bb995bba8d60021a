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
		assertThat(vtt("\uFEFFWEBVTT\n\n00:00.000 --> 00:02.000\nBonjour\n").text()).startsWith("WEBVTT\n");
		assertThat(vtt(
				"WEBVTT - Floor\r\n\r\nNOTE made by hand\r\n\r\nc1\r\n01:00:00.000 --> 01:00:02.500 align:start\r\nHi\r\n")
			.ok()).isTrue();
		assertThat(vtt("WEBVTTX\n").problem()).isEqualTo("not WebVTT: the file must begin with WEBVTT.");
		assertThat(vtt("1\n00:00:00,000 --> 00:00:02,000\nSRT\n").problem()).startsWith("not WebVTT");
		assertThat(vtt("WEBVTT\n\n1\n00:00:00,000 --> 00:00:02,000\nSRT with a header\n").problem())
			.isEqualTo("line 4 is not a cue timing like 00:00:01.000 --> 00:00:04.000.");
		assertThat(vtt("WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nBackwards\n").problem())
			.isEqualTo("line 3: the cue ends before it starts.");
		assertThat(vtt("WEBVTT\n\nJust text\n").problem()).startsWith("no cues");
		assertThat(WebVtt.check(new byte[] { 'W', 'E', 'B', 'V', 'T', 'T', '\n', (byte) 0xC3 }, 100).problem())
			.isEqualTo("not UTF-8 text.");
		assertThat(WebVtt.check(new byte[3 * 1024 * 1024], Recordings.MAX_CAPTION_BYTES).problem())
			.isEqualTo("at most 2 MB.");
		assertThat(WebVtt.check(new byte[0], 100).problem()).isEqualTo("the file is empty.");
	}

	private static WebVtt.Checked vtt(String text) {
		return WebVtt.check(text.getBytes(StandardCharsets.UTF_8), Recordings.MAX_CAPTION_BYTES);
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
