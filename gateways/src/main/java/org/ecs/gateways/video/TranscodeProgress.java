package org.ecs.gateways.video;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * ffmpeg's {@code -progress} output, read line by line: {@code key=value} lines, each
 * block ending in {@code progress=continue} or {@code progress=end}. How far it is comes
 * from {@code out_time_us} (microseconds of output written) against the source's length;
 * the time left from the pace so far.
 */
public final class TranscodeProgress {

	private final Duration length;

	private long outMicros;

	private boolean ended;

	public TranscodeProgress(Duration length) {
		this.length = length;
	}

	/**
	 * @return true when the line closed a block (a moment to report)
	 */
	public boolean read(String line) {
		int eq = line.indexOf('=');
		if (eq <= 0) {
			return false;
		}
		String key = line.substring(0, eq).strip();
		String value = line.substring(eq + 1).strip();
		if (key.equals("out_time_us")) {
			micros(value).ifPresent((us) -> this.outMicros = Math.max(this.outMicros, us));
		}
		else if (key.equals("progress")) {
			if (value.equals("end")) {
				this.ended = true;
			}
			return true;
		}
		return false;
	}

	/** Percent done, 0–100 (100 only once ffmpeg said end). */
	public double percent() {
		if (this.ended) {
			return 100;
		}
		long total = this.length.toNanos() / 1000;
		return (total <= 0) ? 0 : Math.min(99.9, 100.0 * this.outMicros / total);
	}

	public boolean ended() {
		return this.ended;
	}

	/**
	 * The time left at the pace so far; empty until a first percent is done (a guess from
	 * nothing helps nobody).
	 */
	public OptionalLong secondsLeft(Duration elapsed) {
		double p = percent();
		if (this.ended) {
			return OptionalLong.of(0);
		}
		if (p < 1) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Math.round(elapsed.toMillis() * (100 - p) / p / 1000));
	}

	private static OptionalLong micros(String value) {
		try {
			return OptionalLong.of(Long.parseLong(value));
		}
		catch (NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

}
