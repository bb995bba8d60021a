package org.ecs.routes.mail;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ecs.core.contribution.Attachment;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.participant.Participant;
import org.ecs.gateways.mail.InboundMail;
import org.ecs.gateways.mail.MailClassification;
import org.ecs.gateways.mail.MailKind;
import org.ecs.gateways.mail.RejectionMailComposer;
import org.ecs.gateways.mail.TrimmedReply;

/**
 * One received mail on its way through the intake steps; each step returns a copy with
 * what it learnt.
 *
 * @param received what the poller handed on
 * @param mail the parsed mail
 * @param receivedAt when it counts as received: arrival (or Date) bounded by now
 * @param classification human, auto-reply, bounce or our own
 * @param author the participant it is from, once identified
 * @param discussion the discussion it answers, once identified
 * @param refusal why it will not be posted, or null
 * @param reply the author's text and the trimmed remainder
 * @param attachments accepted files, in the blob store
 * @param attachmentTexts text extracted from accepted files, by blob key
 * @param refusedAttachments names of refused files, with the reason
 * @param contributionId the contribution it became, or null
 * @param answered whether an answer went to the sender
 * @param detail what a person looking into it needs to know
 * @param unproven why its sender is not proven (no reply token, or the receiving server's
 * verdict), or null: such mail is never attributed nor published by itself, it waits for
 * a coordinator as from an unknown sender
 */
record IntakeMail(ReceivedMail received, InboundMail mail, Instant receivedAt, MailClassification classification,
		Participant author, Discussion discussion, Refusal refusal, TrimmedReply reply, List<Attachment> attachments,
		Map<String, String> attachmentTexts, List<String> refusedAttachments, UUID contributionId, boolean answered,
		String detail, String unproven) {

	IntakeMail {
		attachments = (attachments == null) ? List.of() : List.copyOf(attachments);
		attachmentTexts = (attachmentTexts == null) ? Map.of() : Map.copyOf(attachmentTexts);
		refusedAttachments = (refusedAttachments == null) ? List.of() : List.copyOf(refusedAttachments);
	}

	static IntakeMail of(ReceivedMail received, InboundMail mail, Instant receivedAt) {
		return new IntakeMail(received, mail, receivedAt, null, null, null, null, null, null, null, null, null, false,
				null, null);
	}

	/** Why a mail is not posted, with what the answer names. */
	record Refusal(RejectionMailComposer.Reason reason, String detail) {
	}

	boolean isHuman() {
		return this.classification != null && this.classification.kind() == MailKind.HUMAN;
	}

	boolean isRefused() {
		return this.refusal != null;
	}

	/** The sender's address, or null when none could be read. */
	String sender() {
		return (this.mail.from() != null) ? this.mail.from().address() : null;
	}

	IntakeMail classified(MailClassification classification, String detail) {
		return new IntakeMail(this.received, this.mail, this.receivedAt, classification, this.author, this.discussion,
				this.refusal, this.reply, this.attachments, this.attachmentTexts, this.refusedAttachments,
				this.contributionId, this.answered, detail, this.unproven);
	}

	IntakeMail identified(Participant author, Discussion discussion, Refusal refusal) {
		return new IntakeMail(this.received, this.mail, this.receivedAt, this.classification, author, discussion,
				refusal, this.reply, this.attachments, this.attachmentTexts, this.refusedAttachments,
				this.contributionId, this.answered, this.detail, this.unproven);
	}

	/**
	 * Taken in, but from a sender nothing proves: no author, whatever the mail claims.
	 */
	IntakeMail unproven(Discussion discussion, String why) {
		return new IntakeMail(this.received, this.mail, this.receivedAt, this.classification, null, discussion, null,
				this.reply, this.attachments, this.attachmentTexts, this.refusedAttachments, this.contributionId,
				this.answered, this.detail, why);
	}

	boolean isUnproven() {
		return this.unproven != null;
	}

	IntakeMail refused(Refusal refusal) {
		return identified(this.author, this.discussion, refusal);
	}

	IntakeMail trimmed(TrimmedReply reply) {
		return new IntakeMail(this.received, this.mail, this.receivedAt, this.classification, this.author,
				this.discussion, this.refusal, reply, this.attachments, this.attachmentTexts, this.refusedAttachments,
				this.contributionId, this.answered, this.detail, this.unproven);
	}

	IntakeMail withAttachments(List<Attachment> accepted, Map<String, String> texts, List<String> refused) {
		return new IntakeMail(this.received, this.mail, this.receivedAt, this.classification, this.author,
				this.discussion, this.refusal, this.reply, accepted, texts, refused, this.contributionId, this.answered,
				this.detail, this.unproven);
	}

	IntakeMail submitted(UUID contributionId) {
		return new IntakeMail(this.received, this.mail, this.receivedAt, this.classification, this.author,
				this.discussion, this.refusal, this.reply, this.attachments, this.attachmentTexts,
				this.refusedAttachments, contributionId, this.answered, this.detail, this.unproven);
	}

	IntakeMail answered(boolean answered) {
		return new IntakeMail(this.received, this.mail, this.receivedAt, this.classification, this.author,
				this.discussion, this.refusal, this.reply, this.attachments, this.attachmentTexts,
				this.refusedAttachments, this.contributionId, answered, this.detail, this.unproven);
	}

}
