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
 * <p>
 * A fax read page by page ({@value #PAGES_READ} and {@code ocr.page.N.*} in the facts)
 * shows each page beside its own text; so does a fax without any text (each page says
 * so). A fax recorded before pages kept their own text shows all pages beside the whole
 * text, as it always did.
 *
 * @param pageCount how many page images there are
 * @param pages each page with its own text, in order; empty when the fax has only the
 * whole text (then {@code segments} goes beside all pages)
 * @param segments the whole OCR text in runs, each marked or not
 * @param lowConfidenceCount how many distinct words are marked
 * @param meanConfidence Tesseract's mean word confidence, or null
 * @param routedBy qr, reference, number or unassigned
 * @param senderNumber the sending machine's number, or null
 * @param stationId the TSI the machine announced, or null
 * @param ocrUnavailable why there is no OCR text, or null
 * @param codeNotValid the reply sheet codes ECS did not sign, with their pages, or null
 * @param headerLines the sending machine's header line of each page, or null
 */
record FaxReview(int pageCount, List<Page> pages, List<Segment> segments, int lowConfidenceCount, String meanConfidence,
		String routedBy, String senderNumber, String stationId, String ocrUnavailable, String codeNotValid,
		String headerLines) {

	static final String PAGE_IMAGES = "fax.pageImages";

	static final String PAGES_READ = "ocr.pagesRead";

	static final String PAGE_PREFIX = "ocr.page.";

	/** The languages a page can be read again in, with their own names. */
	static final Map<String, String> LANGUAGES = languages();

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern WORDS = Pattern.compile("\\S+");

	/** A run of the OCR text; marked when Tesseract was unsure of it. */
	record Segment(String text, boolean low) {
	}

	/**
	 * One page and what OCR read on it.
	 *
	 * @param number from 1
	 * @param segments the page's text in runs, each marked or not; empty without text
	 * @param lowConfidenceCount how many distinct words are marked
	 * @param meanConfidence Tesseract's mean word confidence on the page, or null
	 * @param noText why the page has no text, or null when it has
	 * @param language the language it was read in (ISO 639-1), or null
	 * @param turned degrees it was turned to be read upright, or null when not turned
	 */
	record Page(int number, List<Segment> segments, int lowConfidenceCount, String meanConfidence, String noText,
			String language, String turned) {

		// keys of the page bundle (the console says them in the reviewer's language)
		static final String NOT_READ = "review.fax.no-text.not-read";

		static final String PRINT_ONLY = "review.fax.no-text.print-only";

		static final String BLANK = "review.fax.no-text.blank";

	}

	/** The languages a page can be read again in, for the console's buttons. */
	public Map<String, String> languageNames() {
		return LANGUAGES;
	}

	private static Map<String, String> languages() {
		Map<String, String> languages = new java.util.LinkedHashMap<>();
		languages.put("en", "English");
		languages.put("fr", "Français");
		languages.put("es", "Español");
		languages.put("ru", "Русский");
		languages.put("ar", "العربية");
		languages.put("zh", "中文");
		return java.util.Collections.unmodifiableMap(languages);
	}

	static boolean isFax(ReviewItem item) {
		return item.channel() == Channel.FAX;
	}

	static FaxReview of(ReviewItem item) {
		Map<String, String> facts = facts(item.factsJson());
		Set<String> low = words(facts.get("ocr.lowConfidenceWords"));
		int pageCount = pageKeys(facts).size();
		return new FaxReview(pageCount, pages(facts, pageCount, item.text()), segments(item.text(), low), low.size(),
				facts.get("ocr.meanConfidence"), facts.getOrDefault("fax.routedBy", "unassigned"),
				facts.get("fax.senderNumber"), facts.get("fax.tsi"), facts.get("ocr.unavailable"),
				facts.get("fax.replySheetCodeNotValid"), facts.get("fax.headerLines"));
	}

	/**
	 * Each page with its own text when the facts have it, or with none when there is no
	 * text at all; nothing when only the whole text is known.
	 */
	static List<Page> pages(Map<String, String> facts, int pageCount, String text) {
		boolean perPage = facts.containsKey(PAGES_READ);
		if (pageCount == 0 || (!perPage && text != null && !text.isBlank())) {
			return List.of();
		}
		List<Page> pages = new ArrayList<>();
		for (int number = 1; number <= pageCount; number++) {
			String prefix = PAGE_PREFIX + number + ".";
			String pageText = facts.get(prefix + "text");
			Set<String> low = words(facts.get(prefix + "lowConfidenceWords"));
			String noText = null;
			if (pageText == null) {
				noText = Page.NOT_READ;
			}
			else if (pageText.isBlank()) {
				noText = facts.containsKey(prefix + "linesRemoved") ? Page.PRINT_ONLY : Page.BLANK;
			}
			pages.add(new Page(number, segments(pageText, low), (noText != null) ? 0 : low.size(),
					facts.get(prefix + "meanConfidence"), noText, facts.get(prefix + "language"),
					facts.get(prefix + "turned")));
		}
		return pages;
	}

	private static Set<String> words(String spaced) {
		return Arrays.stream((spaced != null) ? spaced.split("\\s+") : new String[0])
			.filter((word) -> !word.isBlank())
			.collect(Collectors.toSet());
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
