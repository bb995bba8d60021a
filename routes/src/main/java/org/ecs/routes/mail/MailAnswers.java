package org.ecs.routes.mail;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.MessagingException;
import org.ecs.core.mailbox.MailAnswerLimits;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.gateways.mail.MailLanguage;
import org.ecs.gateways.mail.RejectionMailComposer;
import org.ecs.gateways.mail.ReplyTrimmer;
import org.ecs.gateways.mail.RejectionMailComposer.Reason;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells a person why their mail was not posted (or not whole), in their account's
 * language, or if they have none in the language they wrote in: at most once per sender
 * and reason a day. Only people's mail reaches this step, so machines are never answered.
 * A send that fails gives the day's answer back and fails the exchange, so the broker
 * retries it.
 */
@Component
class MailAnswers {

	private final RejectionMailComposer composer;

	private final JavaMailSender mail;

	private final MailAnswerLimits limits;

	private final ParticipantDirectory participants;

	private final Clock clock;

	private final ReplyTrimmer trimmer;

	MailAnswers(RejectionMailComposer composer, JavaMailSender mail, MailAnswerLimits limits,
			ParticipantDirectory participants, Clock clock, ReplyTrimmer trimmer) {
		this.trimmer = trimmer;
		this.composer = composer;
		this.mail = mail;
		this.limits = limits;
		this.participants = participants;
		this.clock = clock;
	}

	IntakeMail answer(IntakeMail m) throws MessagingException {
		Optional<Reason> reason = reason(m);
		if (reason.isEmpty() || m.sender() == null || !m.isHuman()) {
			return m;
		}
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		String sender = m.sender();
		if (!this.limits.reserve(sender, reason.get().name(), today)) {
			return m;
		}
		List<String> details = (reason.get() == Reason.ATTACHMENT_REFUSED) ? m.refusedAttachments() : null;
		var rejection = new RejectionMailComposer.Rejection(m.mail(), reason.get(), language(m),
				(m.discussion() != null) ? m.discussion().title() : null,
				(m.discussion() != null) ? m.discussion().deadline() : null, details);
		try {
			this.mail.send(this.composer.compose(rejection));
		}
		catch (MailException | MessagingException ex) {
			this.limits.release(sender, reason.get().name(), today);
			throw ex;
		}
		return m.answered(true);
	}

	private static Optional<Reason> reason(IntakeMail m) {
		if (m.refusal() != null) {
			return Optional.of(m.refusal().reason());
		}
		if (m.contributionId() != null && !m.refusedAttachments().isEmpty()) {
			return Optional.of(Reason.ATTACHMENT_REFUSED);
		}
		return Optional.empty();
	}

	/**
	 * A participant's account language (they chose it); for anyone else the language the
	 * mail was written in, when it can be told and answers are written in it; else
	 * English.
	 */
	private Locale language(IntakeMail m) {
		Optional<Participant> writer = Optional.ofNullable(m.author())
			.or(() -> Optional.ofNullable(m.sender()).flatMap(this.participants::findByEmail));
		if (writer.isPresent()) {
			return Locale.forLanguageTag(writer.get().language());
		}
		String written = (m.reply() != null) ? m.reply().reply() : this.trimmer.trim(m.mail()).reply();
		return MailLanguage.detect(written)
			.map(Locale::forLanguageTag)
			.filter(RejectionMailComposer::writesIn)
			.orElse(Locale.ENGLISH);
	}

}
