package org.ecs.gateways.video;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MasterPlaylistTest {

	@TempDir
	Path out;

	@Test
	void shouldReadBackTheAudioTracksItWroteSoCaptionsCanBeAddedLater() throws Exception {
		List<HlsPlan.AudioTrack> audio = List.of(new HlsPlan.AudioTrack(0, "mul", "Floor", true),
				new HlsPlan.AudioTrack(2, "fr", "Français", false));
		HlsPlan plan = new HlsPlan(HlsPlan.ladder(640, 360), audio, List.of(new HlsPlan.Caption("en", "English")), 4);
		String master = MasterPlaylist.master(plan,
				List.of(new MasterPlaylist.Measured("360p", 1000, 800_000, 900_000),
						new MasterPlaylist.Measured("audio_0", 100, 96_000, 96_000),
						new MasterPlaylist.Measured("audio_2", 100, 96_000, 96_000)));
		Files.writeString(this.out.resolve("master.m3u8"), master);
		assertThat(MasterPlaylist.audioOf(this.out.resolve("master.m3u8"))).isEqualTo(audio);
		assertThat(master).contains("#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=\"subs\",NAME=\"English\",LANGUAGE=\"en\"")
			.contains(",SUBTITLES=\"subs\"\n360p/index.m3u8");
	}

}
