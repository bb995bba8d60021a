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
 * Reads the pages with Tesseract, in the sender's language (English when the sender is
 * not known yet), pages in parallel. Without Tesseract, or without a model for the
 * language, the fax still goes to review with no text and a fact saying why: the
 * coordinator then transcribes it by hand from the page images.
 */
@Component
@ConditionalOnProperty(name = "ecs.fax.enabled", havingValue = "true", matchIfMissing = true)
class FaxRecognition {

	static final String LOW_CONFIDENCE_WORDS = "ocr.lowConfidenceWords";

	static final String UNAVAILABLE = "ocr.unavailable";

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
		List<String> languages = FaxConfiguration.languagesOf((fax.author() != null) ? fax.author().language() : null);
		Map<String, String> facts = new LinkedHashMap<>();
		if (fax.pages().isEmpty()) {
			facts.put(UNAVAILABLE, "no readable page: transcribe from the original");
			return fax.recognised("", facts);
		}
		if (!this.engine.isAvailable(languages)) {
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
			result = this.engine.recognise(fax.pages(), languages, listener);
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
		return new FaxIntake.PageText(page.number(), tidy(page.text()), page.words().size(), mean, unsure, 0);
	}

	/** Pages apart by a blank line rather than a form feed; no runs of empty lines. */
	static String tidy(String text) {
		return text.replace('\f', '\n').replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
	}

}
