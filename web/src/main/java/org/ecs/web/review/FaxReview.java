package org.ecs.web.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ecs.core.participant.Channel;
import org.ecs.core.review.ReviewItem;

/**
 * What the console shows of a faxed contribution beside its text: the page images, the
 * OCR text with the words Tesseract was unsure of marked, and how the fax was routed. All
 * read from the facts the fax intake recorded.
 *
 * @param pageCount how many page images there are
 * @param segments the OCR text in runs, each marked or not
 * @param lowConfidenceCount how many distinct words are marked
 * @param meanConfidence Tesseract's mean word confidence, or null
 * @param routedBy qr, reference, number or unassigned
 * @param senderNumber the sending machine's number, or null
 * @param stationId the TSI the machine announced, or null
 * @param ocrUnavailable why there is no OCR text, or null
 */
record FaxReview(int pageCount, List<Segment> segments, int lowConfidenceCount, String meanConfidence, String routedBy,
		String senderNumber, String stationId, String ocrUnavailable) {

	static final String PAGE_IMAGES = "fax.pageImages";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern WORDS = Pattern.compile("\\S+");

	/** A run of the OCR text; marked when Tesseract was unsure of it. */
	record Segment(String text, boolean low) {
	}

	static boolean isFax(ReviewItem item) {
		return item.channel() == Channel.FAX;
	}

	static FaxReview of(ReviewItem item) {
		Map<String, String> facts = facts(item.factsJson());
		Set<String> low = Arrays.stream(facts.getOrDefault("ocr.lowConfidenceWords", "").split("\\s+"))
			.filter((word) -> !word.isBlank())
			.collect(Collectors.toSet());
		return new FaxReview(pageKeys(facts).size(), segments(item.text(), low), low.size(),
				facts.get("ocr.meanConfidence"), facts.getOrDefault("fax.routedBy", "unassigned"),
				facts.get("fax.senderNumber"), facts.get("fax.tsi"), facts.get("ocr.unavailable"));
	}

	static List<String> pageKeys(Map<String, String> facts) {
		String keys = facts.getOrDefault(PAGE_IMAGES, "");
		return keys.isBlank() ? List.of() : List.of(keys.split(","));
	}

	static Map<String, String> facts(String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		try {
			return JSON.readValue(json, new TypeReference<Map<String, String>>() {
			});
		}
		catch (JsonProcessingException ex) {
			return Map.of();
		}
	}

	/** Runs of plain and marked text that join back into exactly the original. */
	static List<Segment> segments(String text, Set<String> low) {
		List<Segment> segments = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return segments;
		}
		StringBuilder plain = new StringBuilder();
		Matcher words = WORDS.matcher(text);
		int at = 0;
		while (words.find()) {
			plain.append(text, at, words.start());
			if (low.contains(words.group())) {
				if (!plain.isEmpty()) {
					segments.add(new Segment(plain.toString(), false));
					plain.setLength(0);
				}
				segments.add(new Segment(words.group(), true));
			}
			else {
				plain.append(words.group());
			}
			at = words.end();
		}
		plain.append(text, at, text.length());
		if (!plain.isEmpty()) {
			segments.add(new Segment(plain.toString(), false));
		}
		return segments;
	}

}
