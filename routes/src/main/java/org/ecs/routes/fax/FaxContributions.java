package org.ecs.routes.fax;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ecs.core.contribution.Contribution;
import org.ecs.core.contribution.ContributionIntake;
import org.ecs.core.participant.Channel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Hands the fax to the pipeline as a FAX contribution. The contribution id is derived
 * from the mail's key, and the dedupe key is the mail's key, so a fax processed again
 * after a redelivery is the same contribution, not a second one. Faxes always wait for
 * review: a coordinator checks the transcription and logs it.
 */
@Component
@ConditionalOnProperty(name = "ecs.fax.enabled", havingValue = "true", matchIfMissing = true)
class FaxContributions {

	/** How many pages have their own OCR text facts, {@code ocr.page.1.*} onwards. */
	static final String PAGES_READ = "ocr.pagesRead";

	static final String PAGE_PREFIX = "ocr.page.";

	private final ContributionIntake intake;

	FaxContributions(ContributionIntake intake) {
		this.intake = intake;
	}

	FaxIntake submit(FaxIntake fax) {
		UUID id = UUID
			.nameUUIDFromBytes(("fax:" + fax.received().mailKey()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		this.intake.submit(new Contribution(id, Channel.FAX, (fax.discussion() != null) ? fax.discussion().id() : null,
				(fax.author() != null) ? fax.author().id() : null, fax.receivedAt(), fax.text(),
				fax.received().originalKey(), fax.pageImages(), facts(fax), "fax:" + fax.received().mailKey(), null));
		return fax.submitted(id);
	}

	static Map<String, String> facts(FaxIntake fax) {
		Map<String, String> facts = new LinkedHashMap<>(fax.facts());
		facts.putAll(FaxRouting.facts(fax));
		facts.put("fax.format", fax.fax().format());
		facts.put("fax.sender", fax.fax().senderRaw());
		fax.fax().senderNumber().ifPresent((number) -> facts.put("fax.senderNumber", number));
		fax.fax().stationId().ifPresent((tsi) -> facts.put("fax.tsi", tsi));
		fax.fax().callerId().ifPresent((callerId) -> facts.put("fax.callerId", callerId));
		fax.fax().statedPages().ifPresent((pages) -> facts.put("fax.statedPages", String.valueOf(pages)));
		facts.putAll(pageFacts(fax.pageTexts()));
		return facts;
	}

	/**
	 * Each page's OCR text, kept flat like every fact (a string per key, so that a reader
	 * of the facts as they were, such as an older instance during an upgrade, still reads
	 * them all): {@value #PAGES_READ} says how many pages were read, and for page
	 * <i>n</i>, {@code ocr.page.n.text}, {@code ocr.page.n.lowConfidenceWords} (space
	 * separated, each once, only words in the page's text), {@code ocr.page.n.words},
	 * {@code ocr.page.n.meanConfidence} (when Tesseract found a word) and
	 * {@code ocr.page.n.linesRemoved} (when the reply sheet's own print was taken out),
	 * {@code ocr.page.n.language} (the language found on the page) and
	 * {@code ocr.page.n.turned} (degrees turned clockwise to read it, when not 0).
	 * @param pages what OCR read on each page
	 * @return the facts, none when OCR did not run
	 */
	static Map<String, String> pageFacts(List<FaxIntake.PageText> pages) {
		Map<String, String> facts = new LinkedHashMap<>();
		if (pages.isEmpty()) {
			return facts;
		}
		facts.put(PAGES_READ, String.valueOf(pages.size()));
		for (FaxIntake.PageText page : pages) {
			String prefix = PAGE_PREFIX + page.number() + ".";
			facts.put(prefix + "text", page.text());
			facts.put(prefix + "words", String.valueOf(page.words()));
			if (page.words() > 0) {
				facts.put(prefix + "meanConfidence", String.format(Locale.ROOT, "%.1f", page.meanConfidence()));
			}
			facts.put(prefix + "lowConfidenceWords", String.join(" ", page.unsureWords()));
			if (page.linesRemoved() > 0) {
				facts.put(prefix + "linesRemoved", String.valueOf(page.linesRemoved()));
			}
			if (!page.language().isEmpty()) {
				facts.put(prefix + "language", page.language());
			}
			if (page.turned() != 0) {
				facts.put(prefix + "turned", String.valueOf(page.turned()));
			}
		}
		return facts;
	}

}
