package org.ecs.routes.fax;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.ecs.core.contribution.IntakeProgress;
import org.ecs.ocr.tesseract.OcrEngine;
import org.ecs.ocr.tesseract.OcrException;
import org.ecs.ocr.tesseract.OcrPage;
import org.ecs.ocr.tesseract.OcrProgressListener;
import org.ecs.ocr.tesseract.OcrResult;
import org.ecs.ocr.tesseract.OcrWord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Reads the pages with Tesseract, pages in parallel, each in the language found on it
 * (the sender's language only wins a tie: accounts say English for experts who fax in
 * Russian), turned upright, with the sending machine's header line kept apart in the
 * facts. Without Tesseract, or without any model, the fax still goes to review with no
 * text and a fact saying why: the coordinator then transcribes it by hand from the page
 * images.
 */
@Component
@ConditionalOnProperty(name = "ecs.fax.enabled", havingValue = "true", matchIfMissing = true)
class FaxRecognition {

	static final String LOW_CONFIDENCE_WORDS = "ocr.lowConfidenceWords";

	static final String UNAVAILABLE = "ocr.unavailable";

	/** The languages a fax page may be read in: the six of the organisation. */
	static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "ar", "zh");

	/** The sending machine's header line of each page, {@code n: line}, one a line. */
	static final String HEADERS = "fax.headerLines";

	private static final Logger log = LoggerFactory.getLogger(FaxRecognition.class);

	/**
	 * Tesseract time per page, {@code ecs.ocr.page} (Spring Boot's registries join the
	 * global one).
	 */
	private static final Timer OCR_PAGE = Timer.builder("ecs.ocr.page")
		.description("Tesseract time per fax page")
		.publishPercentileHistogram()
		.register(Metrics.globalRegistry);

	/**
	 * Enough marked words to guide the coordinator's eye, not a second copy of the text.
	 */
	private static final int MAX_MARKED_WORDS = 200;

	private final OcrEngine engine;

	private final FaxSettings settings;

	private final IntakeProgress progress;

	FaxRecognition(OcrEngine faxOcrEngine, FaxSettings settings, IntakeProgress progress) {
		this.engine = faxOcrEngine;
		this.settings = settings;
		this.progress = progress;
	}

	FaxIntake recognise(FaxIntake fax) throws InterruptedException {
		List<String> languages = candidates((fax.author() != null) ? fax.author().language() : null);
		Map<String, String> facts = new LinkedHashMap<>();
		if (fax.pages().isEmpty()) {
			facts.put(UNAVAILABLE, "no readable page: transcribe from the original");
			return fax.recognised("", facts);
		}
		if (languages.stream().noneMatch((language) -> this.engine.isAvailable(List.of(language)))) {
			facts.put(UNAVAILABLE, "Tesseract with " + String.join("+", languages)
					+ " is not installed here: transcribe the pages by hand");
			return fax.recognised("", facts);
		}
		OcrResult result;
		String key = "fax:" + fax.received().mailKey();
		String sender = (fax.author() != null) ? fax.author().displayName() : "an unknown number";
		this.progress.start(key, "Fax from " + sender + ": reading the pages", fax.pages().size());
		OcrProgressListener listener = (page, done, total) -> {
			this.progress.advance(key, done);
			log.info("Fax {}: page {} read ({} of {})", fax.received().mailKey(), page.number(), done, total);
		};
		try {
			result = this.engine.recogniseFindingLanguage(fax.pages(), languages, listener);
		}
		catch (OcrException ex) {
			log.warn("OCR of fax {} failed: {}", fax.received().mailKey(), ex.getMessage());
			facts.put(UNAVAILABLE, "OCR failed (" + ex.getMessage() + "): transcribe the pages by hand");
			return fax.recognised("", facts);
		}
		finally {
			this.progress.finish(key);
		}
		result.pages().forEach((p) -> OCR_PAGE.record(p.elapsed()));
		long millis = result.pages().stream().mapToLong((p) -> p.elapsed().toMillis()).sum();
		log.info("OCR of fax {}: {} page(s) in {} ms of Tesseract time, mean confidence {}", fax.received().mailKey(),
				result.pages().size(), millis, String.format(Locale.ROOT, "%.1f", result.meanConfidence()));
		facts.put("ocr.languages", result.languages());
		String headers = result.pages()
			.stream()
			.filter((page) -> !page.header().isEmpty())
			.map((page) -> page.number() + ": " + page.header())
			.collect(Collectors.joining("\n"));
		if (!headers.isEmpty()) {
			facts.put(HEADERS, headers);
		}
		facts.put("ocr.meanConfidence", String.format(Locale.ROOT, "%.1f", result.meanConfidence()));
		facts.put("ocr.millis", String.valueOf(millis));
		List<FaxIntake.PageText> pages = result.pages().stream().map(this::pageText).toList();
		facts.put(LOW_CONFIDENCE_WORDS,
				pages.stream()
					.map(FaxIntake.PageText::unsureWords)
					.flatMap(List::stream)
					.distinct()
					.limit(MAX_MARKED_WORDS)
					.collect(Collectors.joining(" ")));
		return fax.recognised(tidy(result.text()), pages, facts);
	}

	/** One page's text, tidied like the whole, and the words Tesseract was unsure of. */
	FaxIntake.PageText pageText(OcrPage page) {
		List<String> unsure = page.words()
			.stream()
			.filter((word) -> word.confidence() < this.settings.lowConfidence())
			.map(OcrWord::text)
			.map(String::strip)
			.filter((word) -> !word.isEmpty())
			.distinct()
			.limit(MAX_MARKED_WORDS)
			.toList();
		double mean = page.words().stream().mapToDouble(OcrWord::confidence).average().orElse(0);
		return new FaxIntake.PageText(page.number(), tidy(page.text()), page.words().size(), mean, unsure, 0,
				page.language(), page.turned());
	}

	/**
	 * @param accountLanguage the sender's language, when known
	 * @return the languages a page may be in, the sender's first
	 */
	static List<String> candidates(String accountLanguage) {
		List<String> candidates = new java.util.ArrayList<>();
		if (accountLanguage != null && !accountLanguage.isBlank()) {
			candidates.add(accountLanguage.strip().toLowerCase(Locale.ROOT));
		}
		LANGUAGES.stream().filter((language) -> !candidates.contains(language)).forEach(candidates::add);
		return candidates;
	}

	/** Pages apart by a blank line rather than a form feed; no runs of empty lines. */
	static String tidy(String text) {
		return text.replace('\f', '\n').replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
	}

}
