package org.ecs.core.notice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.ecs.core.participant.Participant;
import org.ecs.core.text.InputText;
import org.ecs.core.text.Said;
import org.springframework.stereotype.Service;

/**
 * The notification network: messages from a participant to people or groups, reaching
 * each recipient on the channels they chose (web inbox, email, fax).
 */
@Service
public class NetworkMessages {

	public static final int MAX_SUBJECT = 200;

	public static final int MAX_BODY = 20_000;

	public static final int MAX_ADDRESSEES = 50;

	private final Notices notices;

	private final NoticeDispatch dispatch;

	public NetworkMessages(Notices notices, NoticeDispatch dispatch) {
		this.notices = notices;
		this.dispatch = dispatch;
	}

	/**
	 * Sends a message once it is stored: the fan-out to recipients happens in the
	 * pipeline.
	 * @throws NoticeRefusedException with the reason, when it cannot be sent as asked
	 */
	public Notice send(Participant sender, String subject, String body, List<Addressee> to) {
		String s = (subject == null) ? "" : subject.strip();
		String b = (body == null) ? "" : body.strip();
		List<Addressee> addressees = new ArrayList<>(new LinkedHashSet<>(to));
		List<Said> problems = new ArrayList<>();
		if (s.isEmpty()) {
			problems.add(Said.said("problem.message.subject", "Write a subject."));
		}
		else if (s.length() > MAX_SUBJECT) {
			problems.add(Said.said("problem.message.subject-long",
					"Keep the subject under " + MAX_SUBJECT + " characters.", MAX_SUBJECT));
		}
		if (b.isEmpty()) {
			problems.add(Said.said("problem.message.body", "Write a message."));
		}
		else if (b.length() > MAX_BODY) {
			problems.add(Said.said("problem.message.body-long", "Keep the message under " + MAX_BODY + " characters.",
					MAX_BODY));
		}
		InputText.said("subject", s).ifPresent(problems::add);
		InputText.said("body", b).ifPresent(problems::add);
		if (addressees.isEmpty()) {
			problems.add(Said.said("problem.message.to", "Choose at least one recipient."));
		}
		else if (addressees.size() > MAX_ADDRESSEES) {
			problems.add(Said.said("problem.message.to-many",
					"Choose at most " + MAX_ADDRESSEES + " people or groups; a group reaches many at once.",
					MAX_ADDRESSEES));
		}
		if (!sender.mayPost()) {
			throw NoticeRefusedException.forbidden(List
				.of(Said.said("problem.message.monitoring", "Monitoring participants read but do not send messages.")));
		}
		List<Said> forbidden = new ArrayList<>();
		for (Addressee a : addressees) {
			Optional<Long> coordinator = (a.type() == Addressee.Type.DISCUSSION) ? this.notices.coordinatorOf(a.id())
					: Optional.empty();
			AddressingPolicy.said(sender, a, coordinator).ifPresent(forbidden::add);
		}
		if (!forbidden.isEmpty()) {
			throw NoticeRefusedException.forbidden(forbidden);
		}
		if (problems.isEmpty()) {
			List<Addressee> unknown = this.notices.unknown(addressees);
			if (!unknown.isEmpty()) {
				problems.add(Said.said("problem.message.unknown",
						"to: nobody is known as " + Addressee.named(unknown) + ".", Addressee.named(unknown)));
			}
		}
		if (problems.isEmpty() && this.notices.resolve(addressees, sender.id()).isEmpty()) {
			problems.add(Said.said("problem.message.nobody", "Nobody but you is among the recipients chosen."));
		}
		if (!problems.isEmpty()) {
			throw new NoticeRefusedException(problems);
		}
		return this.dispatch.storeThenPublish(
				() -> this.notices.create(NoticeKind.MESSAGE, sender.id(), null, s, b, List.copyOf(addressees)));
	}

	/** Messages this participant sent, newest first. */
	public List<Notice> sentBy(Participant sender) {
		return this.notices.sentBy(sender.id(), 100);
	}

}
