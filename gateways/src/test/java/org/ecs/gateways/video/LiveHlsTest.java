package org.ecs.gateways.video;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LiveHlsTest {

	@TempDir
	Path live;

	@Test
	void shouldKeepEveryFinishedSegmentInOrderAndNothingElse() throws Exception {
		Files.writeString(this.live.resolve("seg_00002.ts"), "C");
		Files.writeString(this.live.resolve("seg_00000.ts"), "A");
		Files.writeString(this.live.resolve("seg_00001.ts"), "B");
		Files.writeString(this.live.resolve("seg_00003.ts.tmp"), "cut short");
		Files.writeString(this.live.resolve("index.m3u8"), "#EXTM3U");
		Path kept = this.live.resolveSibling("kept.ts");
		assertThat(LiveHls.keep(this.live, kept)).isEqualTo(3);
		assertThat(Files.readString(kept)).isEqualTo("ABC");
	}

	@Test
	void shouldKeepNothingWhenTheLiveWroteNoSegment() throws Exception {
		Path kept = this.live.resolveSibling("empty.ts");
		assertThat(LiveHls.keep(this.live, kept)).isZero();
	}

	@Test
	void shouldLeaveOldSegmentsOnDiskForTheRecording() {
		assertThat(String.join(" ", LiveHls.command("ffmpeg", this.live, null, Duration.ofHours(4))))
			.contains("-hls_list_size 6")
			.doesNotContain("delete_segments");
	}

}
