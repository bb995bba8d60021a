package org.ecs.routes.mail;

import org.ecs.core.mailbox.InboundMailOutcome;
import org.ecs.core.mailbox.InboundMails;
import org.ecs.gateways.mail.MailKind;
import org.springframework.stereotype.Component;

/** Records what became of each mail, next to the key that keeps it from coming twice. */
@Component
class MailOutcomes {

	private final InboundMails mails;

	MailOutcomes(InboundMails mails) {
		this.mails = mails;
	}

	InboundMailOutcome record(IntakeMail m) {
		MailKind kind = m.classification().kind();
		String outcome;
		if (kind == MailKind.BOUNCE) {
			outcome = "BOUNCE_RECORDED";
		}
		else if (kind != MailKind.HUMAN) {
			outcome = "IGNORED";
		}
		else if (m.contributionId() != null) {
			outcome = "SUBMITTED";
		}
		else if (DocumentMails.tookFiles(m)) {
			// files for the document module: they wait for the secretariat's review
			outcome = "DOCUMENTS_TAKEN";
		}
		else {
			outcome = "REFUSED";
		}
		String reason = (m.refusal() != null) ? m.refusal().reason().name()
				: m.isUnproven() ? "SENDER_UNPROVEN" : m.refusedAttachments().isEmpty() ? null : "ATTACHMENT_REFUSED";
		StringBuilder detail = new StringBuilder((m.detail() != null) ? m.detail() : "");
		if (m.refusal() != null) {
			detail.append("; ").append(m.refusal().detail());
		}
		if (m.isUnproven()) {
			detail.append("; held for review: ").append(m.unproven());
		}
		if (!m.refusedAttachments().isEmpty()) {
			detail.append("; refused ").append(String.join(", ", m.refusedAttachments()));
		}
		if (m.answered()) {
			detail.append("; answered");
		}
		InboundMailOutcome record = new InboundMailOutcome(m.received().mailKey(), m.received().originalKey(),
				m.sender(), kind.name(), outcome, reason, m.contributionId(), detail.toString());
		this.mails.record(record);
		return record;
	}

}
