package org.ecs.routes.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ecs.core.contribution.Contribution;
import org.ecs.core.contribution.ContributionIntake;
import org.ecs.core.participant.Channel;
import org.ecs.gateways.mail.InboundMail;
import org.ecs.gateways.mail.RejectionMailComposer.Reason;
import org.ecs.gateways.mail.StorableText;
import org.ecs.gateways.mail.TrimmedReply;
import org.ecs.routes.mail.IntakeMail.Refusal;
import org.springframework.stereotype.Component;

/**
 * Hands an identified reply to the pipeline as an EMAIL contribution; the discussion's
 * review policy decides from there. Mail whose sender is not proven goes without an
 * author, so it waits for a coordinator whatever the policy, the From it claims and why
 * it is not believed among its facts. The dedupe key is the mail's, so the same mail
 * processed twice (a redelivery, a second copy) is one contribution.
 */
@Component
class EmailContributions {

	/** Bounds what a fact may hold; the original mail is kept whole in the blob store. */
	static final int MAX_FACT = 20_000;

	/** Removed parts kept as facts, at most. */
	static final int MAX_REMOVED_PARTS = 20;

	/** The sender the mail claims (its From), proven or not. */
	static final String FROM = "email.from";

	/** Why the sender is not believed, when it is not. */
	static final String UNPROVEN = "email.senderUnproven";

	private final ContributionIntake intake;

	EmailContributions(ContributionIntake intake) {
		this.intake = intake;
	}

	IntakeMail submit(IntakeMail m) {
		if (m.isRefused()) {
			return m;
		}
		TrimmedReply reply = m.reply();
		String text = reply.replyWithoutSignature().isBlank() ? reply.reply().strip()
				: reply.replyWithoutSignature().strip();
		if (text.isBlank() && m.attachments().isEmpty()) {
			return m.refused(new Refusal(Reason.EMPTY_REPLY, "nothing above the quoted notification"));
		}
		Long authorId = (m.isUnproven() || m.author() == null) ? null : m.author().id();
		Long discussionId = (m.discussion() != null) ? m.discussion().id() : null;
		Contribution c = new Contribution(UUID.randomUUID(), Channel.EMAIL, discussionId, authorId, m.receivedAt(),
				text, m.received().originalKey(), m.attachments(), facts(m, text), "email:" + m.mail().dedupeKey(),
				null);
		this.intake.submit(c);
		return m.submitted(c.id());
	}

	private static Map<String, String> facts(IntakeMail m, String text) {
		InboundMail mail = m.mail();
		Map<String, String> facts = new LinkedHashMap<>();
		if (m.sender() != null) {
			facts.put(FROM, m.sender());
		}
		if (m.isUnproven()) {
			facts.put(UNPROVEN, m.unproven());
		}
		facts.put("email.subject", mail.subject());
		if (mail.messageId() != null) {
			facts.put("email.messageId", mail.messageId());
		}
		if (!m.reply().remainder().isBlank()) {
			facts.put("email.trimmed", bounded(m.reply().remainder()));
		}
		// each removed part with why, for the coordinator to see and restore
		List<TrimmedReply.Removed> removed = m.reply().removed();
		for (int i = 0; i < removed.size() && i < MAX_REMOVED_PARTS; i++) {
			facts.put("email.removed." + (i + 1) + ".why", removed.get(i).why().name());
			facts.put("email.removed." + (i + 1) + ".text", bounded(removed.get(i).text()));
		}
		if (!m.reply().doubts().isEmpty()) {
			facts.put("email.keptButUnsure", bounded(String.join("\n", m.reply().doubts())));
		}
		if (!m.reply().reply().strip().equals(text)) {
			facts.put("email.withSignature", bounded(m.reply().reply().strip()));
		}
		if (mail.textFromHtml()) {
			facts.put("email.textFromHtml", "true");
		}
		if (!mail.problems().isEmpty()) {
			facts.put("email.problems", bounded(String.join("; ", mail.problems())));
		}
		if (!m.refusedAttachments().isEmpty()) {
			facts.put("email.refusedAttachments", String.join(", ", m.refusedAttachments()));
		}
		m.attachmentTexts().forEach((key, value) -> facts.put("attachment." + key + ".text", value));
		return storable(facts);
	}

	private static String bounded(String value) {
		return (value.length() > MAX_FACT) ? value.substring(0, MAX_FACT) + "\n[…]" : value;
	}

	/**
	 * Whatever reached the facts, nothing in them stops the contribution being stored.
	 */
	private static Map<String, String> storable(Map<String, String> facts) {
		Map<String, String> clean = new LinkedHashMap<>();
		facts.forEach((key, value) -> clean.put(key, StorableText.clean(value)));
		return clean;
	}

}
