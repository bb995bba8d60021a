package org.ecs.config.meeting;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ecs.config.EcsIntegrationTest;
import org.ecs.core.demo.DemoData;
import org.ecs.gateways.video.TestClip;
import org.ecs.routes.meeting.VideoSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A recording travels the whole route on the real stack: uploaded over the API (a clip
 * ffmpeg makes here, with a floor and a French track), transcoded by ffmpeg with its
 * progress recorded, published with a master playlist offering both tracks as alternate
 * audio, announced by a notice; its files served only to people signed in, with ranges. A
 * file that is not a video fails with its reason; a recorder's dropped file becomes a
 * recording too.
 */
@EcsIntegrationTest
class RecordingIT {

	@LocalServerPort
	int port;

	@Autowired
	VideoSettings video;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.ecs.core.meeting.LiveTestSource liveSource;

	@Autowired
	org.ecs.core.meeting.RecordingFiles recordingFiles;

	final ObjectMapper json = new ObjectMapper();

	final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path temp;

	@Test
	void shouldTranscodePublishAnnounceAndServeARecordingWithTwoAudioLanguages() throws Exception {
		long meeting = pastDemoMeeting();
		Path clip = this.temp.resolve("session.mp4");
		TestClip.make("ffmpeg", clip, Duration.ofSeconds(6), 640, 360, List.of("und", "fra"));

		assertThat(upload("alice", meeting, clip, "floor,fr").statusCode()).isEqualTo(403);
		HttpResponse<String> accepted = upload("sam", meeting, clip, "floor,fr");
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String location = accepted.headers().firstValue("Location").orElseThrow();
		long started = System.nanoTime();
		JsonNode done = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> {
			JsonNode r = this.json.readTree(get("alice", location).body());
			return r;
		}, (r) -> r.get("status").asText().equals("PUBLISHED") || r.get("status").asText().equals("FAILED"));
		System.out.printf("upload accepted to published: %d ms%n", (System.nanoTime() - started) / 1_000_000);
		assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("PUBLISHED");
		assertThat(done.get("percent").asDouble()).isEqualTo(100.0);
		assertThat(done.get("audioLanguages").toString()).isEqualTo("[\"mul\",\"fr\"]");
		String playlist = done.get("playlist").asText();
		assertThat(playlist).endsWith(".m3u8");

		HttpResponse<String> master = get("monica", playlist);
		assertThat(master.statusCode()).isEqualTo(200);
		assertThat(master.headers().firstValue("Content-Type").orElseThrow())
			.startsWith("application/vnd.apple.mpegurl");
		assertThat(master.body()).contains("#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"audio\",NAME=\"Floor\",LANGUAGE=\"mul\"")
			.contains("LANGUAGE=\"fr\"")
			.contains("RESOLUTION=640x360")
			.contains("CODECS=\"mp4a.40.2\",AUDIO=\"audio\"\naudio_0/index.m3u8");
		assertThat(master.body().lines().filter((l) -> l.startsWith("#EXT-X-STREAM-INF")).count())
			.as("the 360p rendition and audio only")
			.isEqualTo(2);
		String base = playlist.substring(0, playlist.lastIndexOf('/') + 1);
		HttpResponse<String> french = get("monica", base + "audio_1/index.m3u8");
		assertThat(french.body()).contains("#EXT-X-ENDLIST").contains("seg_00000.ts");
		HttpResponse<byte[]> range = this.http.send(
				request("monica", base + "audio_1/seg_00000.ts").header("Range", "bytes=0-187").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(range.statusCode()).isEqualTo(206);
		assertThat(range.body()).hasSize(188);
		assertThat(range.body()[0]).as("an MPEG-TS sync byte").isEqualTo((byte) 0x47);
		assertThat(range.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");

		HttpResponse<String> anonymous = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + playlist)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(get("monica", base + "../../../application.yml").statusCode()).isIn(400, 404);
		assertThat(get("monica", base + "ffmpeg.log").statusCode()).isEqualTo(404);
		assertThat(get("monica", "/api/v1/recordings/" + java.util.UUID.randomUUID() + "/master.m3u8").statusCode())
			.isEqualTo(404);

		// captions by the API, per language: checked as WebVTT, then offered as subtitles
		String captions = location + "/captions/";
		String vtt = "WEBVTT\n\n00:00:00.500 --> 00:00:03.000\nBonjour à toutes et à tous.\n";
		assertThat(put("alice", captions + "fr", vtt.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(403);
		HttpResponse<String> srt = put("sam", captions + "fr",
				"1\n00:00:00,500 --> 00:00:03,000\nBonjour\n".getBytes(StandardCharsets.UTF_8));
		assertThat(srt.statusCode()).isEqualTo(400);
		assertThat(srt.body()).contains("captions.fr: not WebVTT: the file must begin with WEBVTT.");
		assertThat(put("sam", captions + "klingon", vtt.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
		assertThat(put("sam", captions + "fr", new byte[2 * 1024 * 1024 + 1]).statusCode()).isEqualTo(413);
		HttpResponse<String> captioned = put("sam", captions + "fr", vtt.getBytes(StandardCharsets.UTF_8));
		assertThat(captioned.statusCode()).as(captioned.body()).isEqualTo(200);
		assertThat(this.json.readTree(captioned.body()).get("captionLanguages").toString()).isEqualTo("[\"fr\"]");
		String subtitled = await().atMost(Duration.ofMinutes(1))
			.until(() -> get("monica", playlist).body(), (m) -> m.contains("TYPE=SUBTITLES"));
		assertThat(subtitled).contains(
				"#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=\"subs\",NAME=\"Français\",LANGUAGE=\"fr\",AUTOSELECT=YES,DEFAULT=NO,URI=\"captions_fr.m3u8\"")
			.contains("SUBTITLES=\"subs\"\n360p/index.m3u8");
		assertThat(get("monica", base + "captions_fr.m3u8").body()).contains("captions_fr.vtt");
		HttpResponse<String> served = get("monica", base + "captions_fr.vtt");
		assertThat(served.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/vtt");
		assertThat(served.body()).isEqualTo(vtt);

		JsonNode detail = this.json.readTree(get("alice", "/api/v1/meetings/" + meeting).body());
		assertThat(detail.get("recordings").findValuesAsText("playlist")).contains(playlist);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select count(*) from notice where subject like 'Recording available: %'")
				.query(Long.class)
				.single() >= 1);
		long millis = this.jdbc.sql("select transcode_millis from meeting_recording where id = ?")
			.param(done.get("id").asLong())
			.query(Long.class)
			.single();
		String renditions = this.jdbc.sql("select renditions from meeting_recording where id = ?")
			.param(done.get("id").asLong())
			.query(String.class)
			.single();
		System.out.printf("transcoded 6 s of 640x360 with 2 audio tracks in %d ms: %s%n", millis, renditions);
	}

	@Test
	void shouldKeepAFileThatIsNoVideoAsFailedWithItsReason() throws Exception {
		long meeting = pastDemoMeeting();
		Path junk = this.temp.resolve("minutes.mp4");
		Files.writeString(junk, "These are the minutes, not a video.");
		HttpResponse<String> accepted = upload("sam", meeting, junk, "");
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String location = accepted.headers().firstValue("Location").orElseThrow();
		JsonNode failed = await().atMost(Duration.ofMinutes(1))
			.until(() -> this.json.readTree(get("sam", location).body()),
					(r) -> r.get("status").asText().equals("FAILED"));
		assertThat(failed.get("failure").asText())
			.isEqualTo("Not a video or audio file ffmpeg can read: Invalid data found when processing input");
		assertThat(failed.get("playlist").isNull()).isTrue();

		HttpResponse<String> badLanguage = upload("sam", meeting, junk, "floor,klingon");
		assertThat(badLanguage.statusCode()).isEqualTo(400);
		assertThat(badLanguage.body()).contains("audio[2]: \\\"klingon\\\" is not floor or one of");
	}

	@Test
	void shouldTakeARecordersDroppedFileAsARecordingOfTheMeetingItsFolderNames() throws Exception {
		long meeting = pastDemoMeeting();
		// every test context has a drop folder of its own: another context in the same
		// JVM
		// must not take the file into its own database
		Path folder = this.video.drop().resolve(Long.toString(meeting));
		Files.createDirectories(folder);
		Path clip = this.temp.resolve("drop.mp4");
		TestClip.make("ffmpeg", clip, Duration.ofSeconds(3), 320, 180, List.of("eng"));
		Files.move(clip, folder.resolve("room-m3-recorder.mp4"));
		await().atMost(Duration.ofMinutes(2))
			.until(() -> this.jdbc
				.sql("select status from meeting_recording where meeting_id = ? and source = 'DROP' "
						+ "and file_name = 'room-m3-recorder.mp4'")
				.param(meeting)
				.query(String.class)
				.optional()
				.orElse(""), (s) -> s.equals("PUBLISHED"));
		assertThat(this.jdbc.sql("select audio_languages[1] from meeting_recording where source = 'DROP'")
			.query(String.class)
			.single()).as("the recorder's tag").isEqualTo("en");
		assertThat(folder.resolve(".done/room-m3-recorder.mp4")).exists();
	}

	/**
	 * After a live meeting the recording becomes on demand by itself: what the embedded
	 * live source streamed is received as a recording of the meeting when the live is
	 * stopped, and goes through the same route to published.
	 */
	@Test
	void shouldKeepWhatTheEmbeddedLiveSourceStreamedAsARecordingOfTheMeeting() throws Exception {
		long meeting = pastDemoMeeting();
		java.util.UUID key = this.liveSource.start(meeting, null);
		Path live = this.recordingFiles.live(key);
		await().atMost(Duration.ofMinutes(2)).until(() -> {
			try (var files = Files.list(live)) {
				return files.filter((f) -> f.getFileName().toString().matches("seg_\\d+\\.ts")).count() >= 3;
			}
			catch (java.nio.file.NoSuchFileException ex) {
				return false;
			}
		});
		this.liveSource.stop(meeting);
		assertThat(live).doesNotExist();
		String kept = await().atMost(Duration.ofMinutes(3))
			.until(() -> this.jdbc
				.sql("select status from meeting_recording where meeting_id = ? and source = 'LIVE' and source_key = ?")
				.param(meeting)
				.param("live:" + key)
				.query(String.class)
				.optional()
				.orElse(""), (s) -> s.equals("PUBLISHED") || s.equals("FAILED"));
		assertThat(kept).isEqualTo("PUBLISHED");
		assertThat(this.jdbc.sql("select duration_seconds from meeting_recording where source_key = ?")
			.param("live:" + key)
			.query(Double.class)
			.single()).as("at least the three segments seen").isGreaterThanOrEqualTo(2.5);
	}

	long pastDemoMeeting() throws IOException, InterruptedException {
		JsonNode past = this.json.readTree(get("alice", "/api/v1/meetings?when=past").body());
		return past.get(0).get("id").asLong();
	}

	HttpResponse<String> upload(String user, long meeting, Path file, String audio)
			throws IOException, InterruptedException {
		return this.http.send(request(user,
				"/api/v1/meetings/" + meeting + "/recordings?name=" + file.getFileName() + "&audio="
						+ java.net.URLEncoder.encode(audio, StandardCharsets.UTF_8))
			.header("Content-Type", "video/mp4")
			.POST(HttpRequest.BodyPublishers.ofFile(file))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> put(String user, String path, byte[] body) throws IOException, InterruptedException {
		return this.http.send(request(user, path).header("Content-Type", "text/vtt")
			.PUT(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
		return this.http.send(request(user, path).build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpRequest.Builder request(String user, String path) {
		String basic = Base64.getEncoder()
			.encodeToString((user + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Basic " + basic);
	}

}
