package org.ecs.core.meeting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a recording's files live: {@code <video dir>/<key>/original} as received,
 * {@code <key>/hls/} as published (the master playlist {@code master.m3u8}, one folder
 * per rendition and audio track, captions). Only names of the shapes ffmpeg and ECS write
 * are ever served, so a request cannot walk out of the folder.
 */
@Component
public class RecordingFiles {

	public static final String MASTER = "master.m3u8";

	/**
	 * {@code master.m3u8}, {@code 720p/index.m3u8}, {@code audio_fr/seg_00012.ts},
	 * {@code captions_en.vtt}.
	 */
	private static final Pattern SERVED = Pattern
		.compile("(?:[a-z0-9_]{1,24}/)?[a-z0-9_]{1,32}\\.(?:m3u8|ts|m4s|mp4|vtt|aac)");

	/** {@code index.m3u8}, {@code seg_00042.ts}: what the live source writes. */
	private static final Pattern LIVE = Pattern.compile("index\\.m3u8|seg_[0-9]{1,9}\\.ts");

	private final Path root;

	public RecordingFiles(@Value("${ecs.video.dir:data/video}") Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	public Path root() {
		return this.root;
	}

	public Path folder(UUID key) {
		return this.root.resolve(key.toString());
	}

	public Path original(UUID key) {
		return folder(key).resolve("original");
	}

	public Path hls(UUID key) {
		return folder(key).resolve("hls");
	}

	public Path captions(UUID key, String language) {
		return folder(key).resolve("captions_" + language + ".vtt");
	}

	/**
	 * A file of the published recording, when the name is one ECS serves and it exists.
	 */
	public Optional<Path> served(UUID key, String name) {
		if (name == null || !SERVED.matcher(name).matches()) {
			return Optional.empty();
		}
		Path file = hls(key).resolve(name).normalize();
		return (file.startsWith(hls(key)) && Files.isRegularFile(file)) ? Optional.of(file) : Optional.empty();
	}

	/**
	 * A live stream's folder (the embedded live source writes it; a random key names it).
	 */
	public Path live(UUID key) {
		return this.root.resolve("live").resolve(key.toString());
	}

	/**
	 * A file of a live stream, when the name is one the live source writes and it exists.
	 */
	public Optional<Path> servedLive(UUID key, String name) {
		if (name == null || !LIVE.matcher(name).matches()) {
			return Optional.empty();
		}
		Path file = live(key).resolve(name).normalize();
		return (file.startsWith(live(key)) && Files.isRegularFile(file)) ? Optional.of(file) : Optional.empty();
	}

	public static boolean isServedName(String name) {
		return name != null && SERVED.matcher(name).matches();
	}

	void createFolder(UUID key) {
		try {
			Files.createDirectories(folder(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot make the folder of recording " + key, ex);
		}
	}

}
