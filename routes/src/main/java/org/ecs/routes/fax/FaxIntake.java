package org.ecs.routes.fax;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ecs.core.contribution.Attachment;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.participant.Participant;
import org.ecs.gateways.fax.ReceivedFax;
import org.ecs.ocr.page.PageImage;

/**
 * One received fax on its way through the intake steps; each step returns a copy with
 * what it learnt.
 *
 * @param received what the poller handed on
 * @param fax what the bridge said about it
 * @param receivedAt when it counts as received: when the bridge received it
 * @param pages the decoded pages, square pixels
 * @param pageImages each page as an image a browser shows, in the blob store
 * @param discussion the discussion it answers, once known
 * @param author whom it is from, once known
 * @param routedBy how discussion and author were found: qr, reference, number or
 * unassigned
 * @param text what OCR read, all pages
 * @param pageTexts what OCR read on each page, in page order; empty when OCR did not run
 * @param facts what the steps learnt, for the coordinator
 * @param contributionId the contribution it became, or null
 */
record FaxIntake(ReceivedFaxMail received, ReceivedFax fax, Instant receivedAt, List<PageImage> pages,
		List<Attachment> pageImages, Discussion discussion, Participant author, String routedBy, String text,
		List<PageText> pageTexts, Map<String, String> facts, UUID contributionId) {

	static final String QR = "qr";

	static final String REFERENCE = "reference";

	static final String NUMBER = "number";

	static final String UNASSIGNED = "unassigned";

	FaxIntake {
		pages = (pages == null) ? List.of() : List.copyOf(pages);
		pageImages = (pageImages == null) ? List.of() : List.copyOf(pageImages);
		facts = (facts == null) ? Map.of() : Map.copyOf(facts);
		text = (text == null) ? "" : text;
		pageTexts = (pageTexts == null) ? List.of() : List.copyOf(pageTexts);
	}

	static FaxIntake of(ReceivedFaxMail received, ReceivedFax fax, Instant receivedAt) {
		return new FaxIntake(received, fax, receivedAt, null, null, null, null, UNASSIGNED, null, null, null, null);
	}

	FaxIntake withPages(List<PageImage> pages, List<Attachment> images, Map<String, String> newFacts) {
		return new FaxIntake(this.received, this.fax, this.receivedAt, pages, images, this.discussion, this.author,
				this.routedBy, this.text, this.pageTexts, merged(newFacts), this.contributionId);
	}

	FaxIntake routed(Discussion discussion, Participant author, String routedBy) {
		return new FaxIntake(this.received, this.fax, this.receivedAt, this.pages, this.pageImages, discussion, author,
				routedBy, this.text, this.pageTexts, this.facts, this.contributionId);
	}

	/**
	 * What OCR read, all pages and page by page.
	 * @param text all pages' text
	 * @param pageTexts each page's text
	 * @param newFacts what OCR learnt
	 * @return a copy with the text
	 */
	FaxIntake recognised(String text, List<PageText> pageTexts, Map<String, String> newFacts) {
		return new FaxIntake(this.received, this.fax, this.receivedAt, this.pages, this.pageImages, this.discussion,
				this.author, this.routedBy, text, pageTexts, merged(newFacts), this.contributionId);
	}

	/**
	 * The text as a later step left it, e.g. with the reply sheet's own print taken out.
	 * A line taken out of the whole text is taken out of the page it was on; were the new
	 * text not made of the pages' lines, the pages' texts would no longer say what the
	 * contribution holds, and are dropped (the console then shows the whole text).
	 * @param text all pages' text
	 * @param newFacts what the step learnt
	 * @return a copy with the text
	 */
	FaxIntake recognised(String text, Map<String, String> newFacts) {
		return recognised(text, narrowed(this.pageTexts, text), newFacts);
	}

	FaxIntake submitted(UUID contributionId) {
		return new FaxIntake(this.received, this.fax, this.receivedAt, this.pages, this.pageImages, this.discussion,
				this.author, this.routedBy, this.text, this.pageTexts, this.facts, contributionId);
	}

	/**
	 * Each page's text with only the lines still in {@code text}, in order. The lines of
	 * the text are matched to the pages' lines first come first served, blank lines and
	 * trailing spaces aside.
	 */
	static List<PageText> narrowed(List<PageText> pages, String text) {
		if (pages.isEmpty()) {
			return pages;
		}
		List<String> wanted = text.lines().map(String::stripTrailing).filter((line) -> !line.isEmpty()).toList();
		int next = 0;
		List<PageText> narrowed = new ArrayList<>();
		for (PageText page : pages) {
			List<String> kept = new ArrayList<>();
			int removed = 0;
			for (String line : page.text().split("\n", -1)) {
				String bare = line.stripTrailing();
				if (bare.isEmpty()) {
					kept.add(bare);
				}
				else if (next < wanted.size() && wanted.get(next).equals(bare)) {
					kept.add(bare);
					next++;
				}
				else {
					removed++;
				}
			}
			narrowed.add(page.withText(FaxRecognition.tidy(String.join("\n", kept)), removed));
		}
		return (next == wanted.size()) ? narrowed : List.of();
	}

	/**
	 * What OCR read on one page.
	 *
	 * @param number the page number, from 1
	 * @param text the page's text as the contribution holds it
	 * @param words how many words Tesseract found on the page
	 * @param meanConfidence the mean of their confidences, 0 to 100 (0 without words)
	 * @param unsureWords the words Tesseract was unsure of that are in the text, each
	 * once
	 * @param linesRemoved how many lines a later step took out (the reply sheet's print)
	 * @param language the language the page was read in (ISO 639-1), empty if not known
	 * @param turned how far the page was turned clockwise to read it upright
	 */
	record PageText(int number, String text, int words, double meanConfidence, List<String> unsureWords,
			int linesRemoved, String language, int turned) {

		PageText {
			text = (text == null) ? "" : text;
			unsureWords = (unsureWords == null) ? List.of() : List.copyOf(unsureWords);
			language = (language == null) ? "" : language;
		}

		PageText(int number, String text, int words, double meanConfidence, List<String> unsureWords,
				int linesRemoved) {
			this(number, text, words, meanConfidence, unsureWords, linesRemoved, "", 0);
		}

		/** The page with fewer lines; unsure words no longer in the text are dropped. */
		PageText withText(String narrower, int removed) {
			Set<String> present = Set.copyOf(List.of(narrower.split("\\s+")));
			return new PageText(this.number, narrower, this.words, this.meanConfidence,
					this.unsureWords.stream().filter(present::contains).toList(), this.linesRemoved + removed,
					this.language, this.turned);
		}

	}

	private Map<String, String> merged(Map<String, String> more) {
		Map<String, String> all = new LinkedHashMap<>(this.facts);
		all.putAll(more);
		return all;
	}

}
