package org.ecs.gateways.video;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HlsPlanTest {

	@Test
	void shouldNeverUpscaleAndKeepTheSourcesShape() {
		assertThat(HlsPlan.ladder(1920, 1080)).extracting(HlsPlan.Rendition::name)
			.containsExactly("1080p", "720p", "360p");
		assertThat(HlsPlan.ladder(1280, 720)).extracting(HlsPlan.Rendition::name).containsExactly("720p", "360p");
		assertThat(HlsPlan.ladder(1440, 1080).get(1).width()).as("4:3 stays 4:3").isEqualTo(960);
		assertThat(HlsPlan.ladder(321, 181)).singleElement().satisfies((r) -> {
			assertThat(r.height()).isEqualTo(180);
			assertThat(r.width()).isEqualTo(320);
		});
		assertThat(HlsPlan.ladder(0, 0)).as("audio only").isEmpty();
	}

	@Test
	void shouldReadProgressAndEstimateTheTimeLeftFromThePaceSoFar() {
		TranscodeProgress p = new TranscodeProgress(Duration.ofSeconds(100));
		assertThat(p.read("out_time_us=N/A")).isFalse();
		assertThat(p.read("progress=continue")).isTrue();
		assertThat(p.secondsLeft(Duration.ofSeconds(1))).isEmpty();
		p.read("out_time_us=25000000");
		p.read("progress=continue");
		assertThat(p.percent()).isEqualTo(25.0);
		assertThat(p.secondsLeft(Duration.ofSeconds(10))).hasValue(30);
		p.read("out_time_us=100300000");
		assertThat(p.percent()).as("never 100 before ffmpeg says end").isEqualTo(99.9);
		p.read("progress=end");
		assertThat(p.percent()).isEqualTo(100.0);
		assertThat(p.secondsLeft(Duration.ofSeconds(40))).hasValue(0);
	}

	@Test
	void shouldWriteAlternateAudioWithLanguagesCaptionsAndAnAudioOnlyVariant() {
		HlsPlan plan = new HlsPlan(HlsPlan.ladder(1280, 720),
				List.of(new HlsPlan.AudioTrack(0, "mul", "Floor", true),
						new HlsPlan.AudioTrack(2, "fr", "Français", false)),
				List.of(new HlsPlan.Caption("en", "English")), 4);
		List<MasterPlaylist.Measured> measured = List.of(
				new MasterPlaylist.Measured("720p", 1000, 2_000_000, 2_500_000),
				new MasterPlaylist.Measured("360p", 500, 700_000, 900_000),
				new MasterPlaylist.Measured("audio_0", 100, 100_000, 110_000),
				new MasterPlaylist.Measured("audio_2", 100, 98_000, 105_000));
		String master = MasterPlaylist.master(plan, measured);
		assertThat(master).startsWith("#EXTM3U\n")
			.contains("#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"audio\",NAME=\"Floor\",LANGUAGE=\"mul\",AUTOSELECT=YES,"
					+ "DEFAULT=YES,CHANNELS=\"2\",URI=\"audio_0/index.m3u8\"")
			.contains("NAME=\"Français\",LANGUAGE=\"fr\",AUTOSELECT=YES,DEFAULT=NO")
			.contains("#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=\"subs\",NAME=\"English\",LANGUAGE=\"en\"")
			.contains("#EXT-X-STREAM-INF:BANDWIDTH=2610000,AVERAGE-BANDWIDTH=2100000,RESOLUTION=1280x720,"
					+ "CODECS=\"avc1.4d4028,mp4a.40.2\",AUDIO=\"audio\",SUBTITLES=\"subs\"\n720p/index.m3u8")
			.endsWith("#EXT-X-STREAM-INF:BANDWIDTH=110000,AVERAGE-BANDWIDTH=100000,CODECS=\"mp4a.40.2\","
					+ "AUDIO=\"audio\",SUBTITLES=\"subs\"\naudio_0/index.m3u8\n");
	}

	@Test
	void shouldMapEveryTrackAndSplitTheVideoOnceForAllRenditions() {
		HlsPlan plan = new HlsPlan(HlsPlan.ladder(1280, 720),
				List.of(new HlsPlan.AudioTrack(0, "mul", "Floor", true), new HlsPlan.AudioTrack(1, "fr", "Fr", false)),
				List.of(), 4);
		String command = String.join(" ",
				HlsTranscoder.command("ffmpeg", "veryfast", Path.of("/in/original"), Path.of("/out/hls"), plan));
		assertThat(command).contains("-progress pipe:1")
			.contains("[0:v:0]split=2[s0][s1];[s0]scale=1280:720[v0];[s1]scale=640:360[v1]")
			.contains("-map [v0] -map [v1] -map 0:a:0 -map 0:a:1")
			.contains("-force_key_frames expr:gte(t,n_forced*4)")
			.contains("-var_stream_map v:0,name:720p v:1,name:360p a:0,name:audio_0 a:1,name:audio_1")
			.endsWith("/out/hls/%v/index.m3u8");
	}

	@Test
	void shouldReadStreamsAndTagsFromFfprobeAndRefuseWhatHoldsNothing() {
		MediaProbe probe = new MediaProbe("ffprobe");
		ProbedMedia media = probe.parse("""
				{"streams":[{"index":0,"codec_type":"video","width":1280,"height":720},
				 {"index":1,"codec_type":"audio","tags":{"language":"eng"}},
				 {"index":2,"codec_type":"audio"},
				 {"index":3,"codec_type":"video","width":300,"height":300,"disposition":{"attached_pic":1}}],
				 "format":{"duration":"61.500000"}}""");
		assertThat(media.duration()).isEqualTo(Duration.ofMillis(61_500));
		assertThat(media.height()).isEqualTo(720);
		assertThat(media.audio()).containsExactly(new ProbedMedia.AudioStream(0, "eng"),
				new ProbedMedia.AudioStream(1, null));
		assertThatThrownBy(() -> probe.parse("{\"streams\":[],\"format\":{\"duration\":\"3.0\"}}"))
			.isInstanceOf(UnreadableMediaException.class)
			.hasMessage("The file holds neither video nor audio.");
	}

}
