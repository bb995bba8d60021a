package org.ecs.gateways.video;

import java.util.ArrayList;
import java.util.List;

/**
 * What one recording becomes: video renditions (a ladder of heights, never above the
 * source's), one audio playlist per source track (each a language, offered as HLS
 * alternate audio), and captions. Every video rendition plays with any audio track; an
 * audio-only variant serves slow links.
 */
public record HlsPlan(List<Rendition> renditions, List<AudioTrack> audio, List<Caption> captions, int segmentSeconds) {

	/** Heights and bit rates tried from the top; at most three are made. */
	static final List<Rendition> LADDER = List.of(new Rendition("1080p", 1920, 1080, 5000),
			new Rendition("720p", 1280, 720, 2800), new Rendition("360p", 640, 360, 800));

	public static final int AUDIO_KBPS = 96;

	public static final int SEGMENT_SECONDS = 4;

	public HlsPlan {
		renditions = List.copyOf(renditions);
		audio = List.copyOf(audio);
		captions = List.copyOf(captions);
	}

	/**
	 * The renditions for a source: the ladder's steps at or below its height (keeping its
	 * shape), or one at its own height when it is smaller than every step.
	 */
	public static List<Rendition> ladder(int width, int height) {
		if (height <= 0 || width <= 0) {
			return List.of();
		}
		List<Rendition> chosen = new ArrayList<>();
		for (Rendition r : LADDER) {
			if (r.height() <= height) {
				chosen
					.add(new Rendition(r.name(), even((long) width * r.height() / height), r.height(), r.videoKbps()));
			}
		}
		if (chosen.isEmpty()) {
			int h = even(height);
			chosen.add(new Rendition(h + "p", even(width), h, 400));
		}
		return chosen;
	}

	private static int even(long n) {
		return (int) Math.max(2, n - (n % 2));
	}

	/** A video rendition, written to the folder of its name. */
	public record Rendition(String name, int width, int height, int videoKbps) {
	}

	/**
	 * An audio track: the source's audio stream {@code sourceIndex}, in {@code language}
	 * (BCP 47; mul for the floor), named for people; written to {@code audio_<n>}.
	 */
	public record AudioTrack(int sourceIndex, String language, String name, boolean isDefault) {

		public String folder() {
			return "audio_" + this.sourceIndex;
		}

	}

	/**
	 * WebVTT captions in a language, already in the output folder as
	 * {@code captions_<lang>.vtt}.
	 */
	public record Caption(String language, String name) {

		public String file() {
			return "captions_" + this.language + ".vtt";
		}

		public String playlist() {
			return "captions_" + this.language + ".m3u8";
		}

	}

}
