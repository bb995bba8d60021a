package org.ecs.core.contribution;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ecs.core.participant.Channel;

/**
 * The one envelope every channel's input travels in. The id is minted at intake and makes
 * every later write idempotent; the dedupe key catches the same input arriving twice (a
 * mail fetched again, a form posted twice).
 *
 * @param discussionId null when the channel could not tell (a fax without reply sheet)
 * @param authorId null when the sender is not yet known (the coordinator assigns)
 * @param originalKey blob store key of the original (the raw .eml, the fax pages)
 * @param facts what extraction learnt: OCR confidence, language, the trimmed quote, ...
 * @param loggedBy who logged input on someone's behalf (a coordinator for a fax), or null
 */
public record Contribution(UUID id, Channel channel, Long discussionId, Long authorId, Instant receivedAt, String text,
		String originalKey, List<Attachment> attachments, Map<String, String> facts, String dedupeKey, Long loggedBy) {

	public Contribution {
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
		facts = facts == null ? Map.of() : Map.copyOf(facts);
	}

}
