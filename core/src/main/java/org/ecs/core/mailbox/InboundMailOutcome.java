package org.ecs.core.mailbox;

import java.util.UUID;

/**
 * What became of one mail taken from the ECS mailbox.
 *
 * @param mailKey its Message-ID, or a digest of its bytes
 * @param originalKey blob store key of the raw .eml
 * @param sender the From address, or null
 * @param kind HUMAN, AUTO_REPLY, BOUNCE or OWN
 * @param outcome SUBMITTED, DOCUMENTS_TAKEN (files for the document module), REFUSED,
 * BOUNCE_RECORDED or IGNORED
 * @param reason why it was refused (or what was refused of it), or null
 * @param contributionId the contribution it became, or null
 * @param detail what a person looking into it needs: the classifier's signal, refused
 * files
 */
public record InboundMailOutcome(String mailKey, String originalKey, String sender, String kind, String outcome,
		String reason, UUID contributionId, String detail) {
}
