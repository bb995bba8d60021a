package org.ecs.routes.fax;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param text what OCR read
 * @param facts what the steps learnt, for the coordinator
 * @param contributionId the contribution it became, or null
 */
record FaxIntake(ReceivedFaxMail received, ReceivedFax fax, Instant receivedAt, List<PageImage> pages,
		List<Attachment> pageImages, Discussion discussion, Participant author, String routedBy, String text,
		Map<String, String> facts, UUID contributionId) {

	static final String QR = "qr";

	static final String REFERENCE = "reference";

	static final String NUMBER = "number";

	static final String UNASSIGNED = "unassigned";

	FaxIntake {
		pages = (pages == null) ? List.of() : List.copyOf(pages);
		pageImages = (pageImages == null) ? List.of() : List.copyOf(pageImages);
		facts = (facts == null) ? Map.of() : Map.copyOf(facts);
		text = (text == null) ? "" : text;
	}

	static FaxIntake of(ReceivedFaxMail received, ReceivedFax fax, Instant receivedAt) {
		return new FaxIntake(received, fax, receivedAt, null, null, null, null, UNASSIGNED, null, null, null);
	}

	FaxIntake withPages(List<PageImage> pages, List<Attachment> images, Map<String, String> newFacts) {
		return new FaxIntake(this.received, this.fax, this.receivedAt, pages, images, this.discussion, this.author,
				this.routedBy, this.text, merged(newFacts), this.contributionId);
	}

	FaxIntake routed(Discussion discussion, Participant author, String routedBy) {
		return new FaxIntake(this.received, this.fax, this.receivedAt, this.pages, this.pageImages, discussion, author,
				routedBy, this.text, this.facts, this.contributionId);
	}

	FaxIntake recognised(String text, Map<String, String> newFacts) {
		return new FaxIntake(this.received, this.fax, this.receivedAt, this.pages, this.pageImages, this.discussion,
				this.author, this.routedBy, text, merged(newFacts), this.contributionId);
	}

	FaxIntake submitted(UUID contributionId) {
		return new FaxIntake(this.received, this.fax, this.receivedAt, this.pages, this.pageImages, this.discussion,
				this.author, this.routedBy, this.text, this.facts, contributionId);
	}

	private Map<String, String> merged(Map<String, String> more) {
		Map<String, String> all = new LinkedHashMap<>(this.facts);
		all.putAll(more);
		return all;
	}

}
