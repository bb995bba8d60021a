package org.ecs.web.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.notice.Addressee;
import org.ecs.core.notice.AddressingPolicy;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.participant.Role;
import org.ecs.web.i18n.Texts;

import org.springframework.stereotype.Component;

/**
 * The people and groups a form offers as recipients: of a message, only those the sender
 * may write to; of a new discussion's audience, anyone and any group.
 */
@Component
public class Recipients {

	/** One choice in the recipients list. */
	public record Option(String value, String label) {
	}

	/** A labelled group of choices. */
	public record Group(String label, List<Option> options) {
	}

	private final ParticipantDirectory directory;

	private final Discussions discussions;

	private final Texts texts;

	Recipients(ParticipantDirectory directory, Discussions discussions, Texts texts) {
		this.directory = directory;
		this.discussions = discussions;
		this.texts = texts;
	}

	/** Whom this participant may send a message to. */
	public List<Group> forMessage(Participant me) {
		return groups(me,
				(option) -> AddressingPolicy.refusal(me, option.addressee(), Optional.ofNullable(option.coordinator()))
					.isEmpty());
	}

	/** Whom a new discussion may invite. */
	public List<Group> forLaunch(Participant me) {
		return groups(me, (option) -> true);
	}

	/** A readable name for each addressee this participant can see, keyed as written. */
	public java.util.Map<String, String> labels(Participant me) {
		java.util.Map<String, String> labels = new java.util.HashMap<>();
		forLaunch(me).forEach((g) -> g.options().forEach((o) -> labels.put(o.value(), o.label())));
		return labels;
	}

	private record Candidate(Addressee addressee, Long coordinator, String label) {
	}

	private List<Group> groups(Participant me, Predicate<Candidate> allowed) {
		List<Group> groups = new ArrayList<>();
		add(groups, this.texts.get("recipients.people"), allowed,
				this.directory.all()
					.stream()
					.filter((p) -> p.active() && p.id() != me.id())
					.map((p) -> new Candidate(Addressee.person(p.id()), null,
							(p.level() == org.ecs.core.participant.Level.MONITORING)
									? this.texts.get("recipients.monitoring", p.displayName()) : p.displayName()))
					.toList());
		add(groups, this.texts.get("recipients.discussions"), allowed,
				this.discussions.visibleTo(me.id())
					.stream()
					.map((Discussion d) -> new Candidate(Addressee.discussion(d.id()), d.coordinatorId(),
							this.texts.get("recipients.audience", d.title())))
					.toList());
		add(groups, this.texts.get("recipients.states"), allowed,
				this.directory.states()
					.stream()
					.map((s) -> new Candidate(Addressee.state(s.code()), null, s.name() + " (" + s.code() + ")"))
					.toList());
		add(groups, this.texts.get("recipients.roles"), allowed, List.of(
				new Candidate(Addressee.role(Role.COORDINATOR), null, this.texts.get("recipients.role.COORDINATOR")),
				new Candidate(Addressee.role(Role.SECRETARIAT), null, this.texts.get("recipients.role.SECRETARIAT")),
				new Candidate(Addressee.role(Role.FOCAL_POINT), null, this.texts.get("recipients.role.FOCAL_POINT"))));
		add(groups, this.texts.get("recipients.everyone"), allowed,
				List.of(new Candidate(Addressee.everyone(), null, this.texts.get("recipients.everyone.option"))));
		return groups;
	}

	private static void add(List<Group> groups, String label, Predicate<Candidate> allowed,
			List<Candidate> candidates) {
		List<Option> options = candidates.stream()
			.filter(allowed)
			.map((c) -> new Option(c.addressee().toString(), c.label()))
			.toList();
		if (!options.isEmpty()) {
			groups.add(new Group(label, options));
		}
	}

	/** The addressees a form posted, each read strictly; an unreadable one is refused. */
	public static List<Addressee> parse(List<String> values) {
		List<Addressee> addressees = new ArrayList<>();
		if (values != null) {
			for (String v : values) {
				addressees.add(Addressee.parse(v)
					.orElseThrow(() -> new org.ecs.core.notice.NoticeRefusedException(List.of(org.ecs.core.text.Said
						.said("problem.message.unknown-recipient", "Unknown recipient: " + v, v)))));
			}
		}
		return addressees;
	}

}
