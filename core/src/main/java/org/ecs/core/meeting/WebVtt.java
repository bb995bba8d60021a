package org.ecs.core.meeting;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a file is WebVTT (W3C WebVTT: the {@code WEBVTT} signature, then blocks, each
 * cue with a timing line {@code 00:01.000 --> 00:04.000}), read as a player would read
 * it: UTF-8, under the size limit, at least one cue, every timing line well formed and
 * ending after it starts. An SRT file, a text file or a video renamed {@code .vtt} is
 * refused with the line that gives it away.
 */
final class WebVtt {

	private static final String TIME = "(?:(\\d{2,6}):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3})";

	private static final Pattern TIMING = Pattern.compile(TIME + "[ \\t]+-->[ \\t]+" + TIME + "(?:[ \\t].*)?");

	private WebVtt() {
	}

	/** The text when it is WebVTT, else what is wrong with it. */
	record Checked(String text, String problem) {

		boolean ok() {
			return this.problem == null;
		}

	}

	static Checked check(byte[] bytes, int maxBytes) {
		if (bytes == null || bytes.length == 0) {
			return refused("the file is empty.");
		}
		if (bytes.length > maxBytes) {
			return refused("at most " + (maxBytes / 1024 / 1024) + " MB.");
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return refused("not UTF-8 text.");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.indexOf('\0') >= 0) {
			return refused("not a text file.");
		}
		boolean header = text.startsWith("WEBVTT") && (text.length() == 6 || " \t\r\n".indexOf(text.charAt(6)) >= 0);
		if (!header) {
			return refused("not WebVTT: the file must begin with WEBVTT.");
		}
		String[] lines = text.split("\r\n|\r|\n", -1);
		int cues = 0;
		for (int i = 1; i < lines.length; i++) {
			String line = lines[i];
			if (!line.contains("-->")) {
				continue;
			}
			Matcher m = TIMING.matcher(line.strip());
			if (!m.matches()) {
				return refused("line " + (i + 1) + " is not a cue timing like 00:00:01.000 --> 00:00:04.000.");
			}
			if (millis(m, 5) <= millis(m, 1)) {
				return refused("line " + (i + 1) + ": the cue ends before it starts.");
			}
			cues++;
		}
		if (cues == 0) {
			return refused("no cues: a cue is a timing line like 00:00:01.000 --> 00:00:04.000 and its text.");
		}
		return new Checked(text, null);
	}

	private static long millis(Matcher m, int first) {
		long hours = (m.group(first) != null) ? Long.parseLong(m.group(first)) : 0;
		return ((hours * 60 + Long.parseLong(m.group(first + 1))) * 60 + Long.parseLong(m.group(first + 2))) * 1000
				+ Long.parseLong(m.group(first + 3));
	}

	private static Checked refused(String problem) {
		return new Checked(null, problem);
	}

}
