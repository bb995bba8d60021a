package org.ecs.routes.meeting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ecs.core.meeting.AudioLanguages;
import org.ecs.core.meeting.Recording;
import org.ecs.core.meeting.RecordingFiles;
import org.ecs.core.meeting.Recordings;
import org.ecs.gateways.video.HlsPlan;
import org.ecs.gateways.video.HlsTranscoder;
import org.ecs.gateways.video.MasterPlaylist;
import org.ecs.gateways.video.MediaProbe;
import org.ecs.gateways.video.ProbedMedia;
import org.ecs.gateways.video.UnreadableMediaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transcoding step of a received recording: ffprobe reads what it holds, the plan
 * names each audio track's language (as the uploader declared them, else as the recorder
 * tagged them; the first untagged track is the floor), ffmpeg writes the HLS renditions
 * while its progress is written for the uploader (percent, time left), then the master
 * playlist. A file ffmpeg cannot read is marked failed with the reason and kept: it never
 * holds up the recordings after it. A transcoding cut short by a crash starts over when
 * the message is redelivered.
 */
public class RecordingTranscoding {

	private static final Logger log = LoggerFactory.getLogger(RecordingTranscoding.class);

	private final Recordings recordings;

	private final RecordingFiles files;

	private final MediaProbe probe;

	private final HlsTranscoder transcoder;

	private final Duration progressEvery;

	private final Clock clock;

	RecordingTranscoding(Recordings recordings, RecordingFiles files, MediaProbe probe, HlsTranscoder transcoder,
			Duration progressEvery, Clock clock) {
		this.recordings = recordings;
		this.files = files;
		this.probe = probe;
		this.transcoder = transcoder;
		this.progressEvery = progressEvery;
		this.clock = clock;
	}

	/**
	 * @param id the recording's id, as the received message carries it
	 * @return the id when it is transcoded and waits for publication, else null (failed,
	 * or not this step's any more)
	 */
	public Long transcode(String id) throws InterruptedException {
		long recordingId = Long.parseLong(id.strip());
		Optional<Recording> started = this.recordings.startTranscoding(recordingId);
		if (started.isEmpty()) {
			Optional<Recording> r = this.recordings.find(recordingId);
			// transcoded already (a redelivery after the step's end): publication is next
			return r.filter((x) -> x.status() == org.ecs.core.meeting.RecordingStatus.TRANSCODED)
				.map(Recording::id)
				.orElse(null);
		}
		Recording r = started.get();
		Instant began = this.clock.instant();
		try {
			Path original = this.files.original(r.key());
			if (!Files.isRegularFile(original)) {
				this.recordings.failed(r.id(), "The received file is missing from the video directory.");
				return null;
			}
			ProbedMedia media = this.probe.probe(original);
			HlsPlan plan = plan(r, media);
			Path out = this.files.hls(r.key());
			Instant[] last = { Instant.MIN };
			this.transcoder.transcode(original, out, this.files.folder(r.key()).resolve("ffmpeg.log"), plan,
					media.duration(), (progress) -> {
						Instant now = this.clock.instant();
						if (Duration.between(last[0], now).compareTo(this.progressEvery) >= 0 || progress.ended()) {
							last[0] = now;
							Duration elapsed = Duration.between(began, now);
							var left = progress.secondsLeft(elapsed);
							this.recordings.progress(r.id(), progress.percent(),
									left.isPresent() ? (int) Math.min(Integer.MAX_VALUE, left.getAsLong()) : null);
						}
					});
			// captions added while ffmpeg ran are offered too
			HlsPlan offered = plan(this.recordings.find(r.id()).orElse(r), media);
			MasterPlaylist.Written written = writeMaster(r, out, offered, media);
			long millis = Duration.between(began, this.clock.instant()).toMillis();
			this.recordings.transcoded(r.id(),
					BigDecimal.valueOf(media.duration().toMillis()).movePointLeft(3).setScale(3, RoundingMode.HALF_UP),
					written.summary(), written.totalBytes(), millis,
					plan.audio().stream().map(HlsPlan.AudioTrack::language).toList());
			log.info("Recording {} of meeting {} transcoded in {} ms ({} s of video): {}", r.id(), r.meetingId(),
					millis, media.duration().toSeconds(), written.summary());
			return r.id();
		}
		catch (UnreadableMediaException ex) {
			log.warn("Recording {} ({}) could not be transcoded: {}", r.id(), r.fileName(), ex.getMessage());
			this.recordings.failed(r.id(), ex.getMessage());
			return null;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * A recording's captions changed: its master playlist offers them, once it has one (a
	 * recording still to be transcoded takes them when it is).
	 * @param id the recording's id, as the captioned message carries it
	 */
	public void recaption(String id) throws java.io.IOException, InterruptedException {
		Optional<Recording> found = this.recordings.find(Long.parseLong(id.strip()));
		if (found.isEmpty() || (found.get().status() != org.ecs.core.meeting.RecordingStatus.TRANSCODED
				&& found.get().status() != org.ecs.core.meeting.RecordingStatus.PUBLISHED)) {
			return;
		}
		Recording r = found.get();
		ProbedMedia media = this.probe.probe(this.files.original(r.key()));
		Path out = this.files.hls(r.key());
		// the same renditions and audio tracks as transcoded, the captions as they are
		// now
		HlsPlan plan = new HlsPlan(HlsPlan.ladder(media.width(), media.height()),
				MasterPlaylist.audioOf(out.resolve(RecordingFiles.MASTER)), plan(r, media).captions(),
				HlsPlan.SEGMENT_SECONDS);
		MasterPlaylist.Written written = writeMaster(r, out, plan, media);
		log.info("Recording {} of meeting {} offers captions in {}: {}", r.id(), r.meetingId(), r.captionLanguages(),
				written.summary());
	}

	/** The captions copied beside the segments, then the master playlist over them. */
	private MasterPlaylist.Written writeMaster(Recording r, Path out, HlsPlan plan, ProbedMedia media)
			throws java.io.IOException {
		for (HlsPlan.Caption c : plan.captions()) {
			Files.copy(this.files.captions(r.key(), c.language()), out.resolve(c.file()),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		return MasterPlaylist.write(out, plan, media.duration());
	}

	/**
	 * Renditions from the source's size; audio tracks named by what the uploader declared
	 * (track by track), else by the recorder's tag; the first track whose language is
	 * unknown is the floor, later unknown ones are left out (nobody could choose them).
	 */
	static HlsPlan plan(Recording r, ProbedMedia media) {
		List<HlsPlan.AudioTrack> audio = new ArrayList<>();
		List<String> used = new ArrayList<>();
		for (ProbedMedia.AudioStream s : media.audio()) {
			String declared = (s.index() < r.audioLanguages().size()) ? r.audioLanguages().get(s.index()) : null;
			String language = Optional.ofNullable(declared)
				.or(() -> AudioLanguages.parse(s.language()))
				.orElse(used.contains(AudioLanguages.FLOOR) ? null : AudioLanguages.FLOOR);
			if (language == null || used.contains(language)) {
				continue;
			}
			used.add(language);
			audio.add(new HlsPlan.AudioTrack(s.index(), language, AudioLanguages.name(language), false));
		}
		int main = used.indexOf(AudioLanguages.FLOOR);
		for (int i = 0; i < audio.size(); i++) {
			HlsPlan.AudioTrack a = audio.get(i);
			audio.set(i, new HlsPlan.AudioTrack(a.sourceIndex(), a.language(), a.name(), i == Math.max(main, 0)));
		}
		List<HlsPlan.Caption> captions = r.captionLanguages()
			.stream()
			.map((c) -> new HlsPlan.Caption(c, AudioLanguages.name(c)))
			.toList();
		return new HlsPlan(HlsPlan.ladder(media.width(), media.height()), audio, captions, HlsPlan.SEGMENT_SECONDS);
	}

}
