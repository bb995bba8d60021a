package org.ecs.routes.fax;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.gateways.fax.ReplySheetCode;
import org.ecs.ocr.code.ReplyCodes;
import org.ecs.ocr.page.PageImage;
import org.ecs.ocr.reference.ReferenceFinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Finds which discussion a fax answers and whom it is from, most trustworthy first: the
 * reply sheet's signed QR code names both; else the sender's number names the participant
 * whose fax line it is; and a reference such as {@code ECS-D-42} written on the pages
 * names the discussion. What none of them tells, the coordinator assigns.
 */
@Component
@ConditionalOnProperty(name = "ecs.fax.enabled", havingValue = "true", matchIfMissing = true)
class FaxRouting {

	private static final Logger log = LoggerFactory.getLogger(FaxRouting.class);

	private static final ReferenceFinder REFERENCE = new ReferenceFinder("ECS-D-(\\d{1,12})");

	/**
	 * A code on a page that ECS did not sign (another system's, or forged in ECS's
	 * format), for the coordinator; while it is there the printed reference alone routes
	 * nothing.
	 */
	static final String CODE_NOT_VALID = "fax.replySheetCodeNotValid";

	/** Shortest part of a foreign code shown to the coordinator. */
	private static final int SHOWN = 80;

	private final ReplyCodes codes;

	private final FaxReplySheetKey key;

	private final Discussions discussions;

	private final ParticipantDirectory participants;

	FaxRouting(ReplyCodes codes, FaxReplySheetKey key, Discussions discussions, ParticipantDirectory participants) {
		this.codes = codes;
		this.key = key;
		this.discussions = discussions;
		this.participants = participants;
	}

	/**
	 * The reply sheet is the last page ECS sent, and usually the only one faxed back. A
	 * code that ECS did not sign is never trusted, and never ignored silently either.
	 */
	FaxIntake byReplySheet(FaxIntake fax) {
		List<PageImage> pages = fax.pages();
		List<String> notValid = new java.util.ArrayList<>();
		for (int i = pages.size() - 1; i >= 0; i--) {
			Optional<String> payload = this.codes.decode(pages.get(i).image());
			if (payload.isEmpty()) {
				continue;
			}
			Optional<ReplySheetCode> code = ReplySheetCode.parse(payload.get());
			if (code.isEmpty() || !code.get().isAuthentic(this.key.bytes())) {
				log.warn("Fax {} carries a reply sheet code that ECS did not sign on page {}: {}",
						fax.received().mailKey(), i + 1, payload.get());
				notValid.add("page " + (i + 1) + ": " + shown(payload.get()));
				continue;
			}
			Optional<Discussion> discussion = code.get().namesDiscussion()
					? this.discussions.findById(code.get().discussionId()) : Optional.empty();
			Optional<Participant> author = this.participants.findById(code.get().participantId());
			if (author.isPresent()) {
				// a sheet sent with a network message names only its recipient: the
				// coordinator decides which discussion the answer goes to
				return fax.routed(discussion.orElse(null), author.get(), FaxIntake.QR);
			}
		}
		return notValid.isEmpty() ? fax
				: fax.withPages(fax.pages(), fax.pageImages(), Map.of(CODE_NOT_VALID, String.join("; ", notValid)));
	}

	private static String shown(String payload) {
		String printable = payload.replaceAll("\\p{Cntrl}", "?");
		return (printable.length() > SHOWN) ? printable.substring(0, SHOWN) + "…" : printable;
	}

	/** A line shared by several participants names none of them. */
	FaxIntake bySender(FaxIntake fax) {
		if (fax.author() != null || fax.fax().senderNumber().isEmpty()) {
			return fax;
		}
		List<Participant> owners = this.participants.findByFaxNumber(fax.fax().senderNumber().get())
			.stream()
			.filter(Participant::active)
			.toList();
		return (owners.size() == 1) ? fax.routed(fax.discussion(), owners.get(0), FaxIntake.NUMBER) : fax;
	}

	/**
	 * Only a discussion the sender may read, when the sender is known: a misread digit
	 * must not carry a comment into a discussion its author is not part of. Not at all
	 * when a reply sheet code failed: a forged sheet prints whatever reference it likes.
	 */
	FaxIntake byReference(FaxIntake fax) {
		if (fax.discussion() != null || fax.facts().containsKey(CODE_NOT_VALID)) {
			return fax;
		}
		for (ReferenceFinder.Match match : REFERENCE.find(fax.text())) {
			Optional<Discussion> discussion = parse(match.value()).flatMap(this.discussions::findById);
			if (discussion.isPresent() && (fax.author() == null
					|| this.discussions.isInAudience(discussion.get().id(), fax.author().id()))) {
				return fax.routed(discussion.get(), fax.author(), FaxIntake.REFERENCE);
			}
		}
		return fax;
	}

	/** What the coordinator reads about how the fax was routed. */
	static Map<String, String> facts(FaxIntake fax) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("fax.routedBy", fax.routedBy());
		return facts;
	}

	private static Optional<Long> parse(String digits) {
		try {
			return Optional.of(Long.parseLong(digits));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
