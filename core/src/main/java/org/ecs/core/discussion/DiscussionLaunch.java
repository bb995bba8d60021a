package org.ecs.core.discussion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.ecs.core.notice.Addressee;
import org.ecs.core.notice.Notice;
import org.ecs.core.notice.NoticeDispatch;
import org.ecs.core.notice.NoticeKind;
import org.ecs.core.notice.NoticeRefusedException;
import org.ecs.core.notice.Notices;
import org.ecs.core.notification.Wording;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.text.InputText;
import org.ecs.core.text.Said;
import org.springframework.stereotype.Service;

/**
 * Full participants launch discussions on a paper, a topic or an agenda item; the
 * audience invited hears of it on every channel (an announcement, faxed with a reply
 * sheet for the new discussion to those who take part by fax).
 */
@Service
public class DiscussionLaunch {

	/**
	 * The default: web comments publish at once, mail and fax wait for the coordinator.
	 */
	public static final ReviewPolicy DEFAULT_POLICY = ReviewPolicy.EMAIL_AND_FAX;

	/**
	 * People and groups one launch may name; a group (a State, a role, everyone) reaches
	 * many at once.
	 */
	public static final int MAX_AUDIENCE = 500;

	public static final int MAX_DESCRIPTION = 20_000;

	static final Duration SHORTEST = Duration.ofHours(1);

	static final Duration LONGEST = Duration.ofDays(366);

	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'",
			Locale.ENGLISH);

	private final Discussions discussions;

	private final ParticipantDirectory participants;

	private final Notices notices;

	private final NoticeDispatch dispatch;

	private final DiscussionAccess access;

	private final Clock clock;

	public DiscussionLaunch(Discussions discussions, ParticipantDirectory participants, Notices notices,
			NoticeDispatch dispatch, DiscussionAccess access, Clock clock) {
		this.discussions = discussions;
		this.participants = participants;
		this.notices = notices;
		this.dispatch = dispatch;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Creates the discussion and its announcement together, then hands the announcement
	 * to the pipeline.
	 * @return the new discussion's id
	 * @throws NoticeRefusedException with every reason, when it cannot be launched as
	 * asked
	 */
	public long launch(Participant launcher, Launch l) {
		Instant now = this.clock.instant();
		List<Said> problems = new ArrayList<>();
		String title = (l.title() == null) ? "" : l.title().strip();
		if (!launcher.mayPost()) {
			throw NoticeRefusedException.forbidden(List.of(Said.said("problem.launch.monitoring",
					"Monitoring participants read discussions but do not launch them.")));
		}
		if (title.isEmpty()) {
			problems.add(Said.said("problem.launch.title", "Give the discussion a title."));
		}
		else if (title.length() > 200) {
			problems.add(Said.said("problem.launch.title-long", "Keep the title under 200 characters.", 200));
		}
		InputText.said("title", title).ifPresent(problems::add);
		InputText.said("subjectRef", l.subjectRef()).ifPresent(problems::add);
		InputText.said("description", l.description()).ifPresent(problems::add);
		if (l.subjectRef() != null && l.subjectRef().strip().length() > 200) {
			problems.add(Said.said("problem.launch.reference-long", "Keep the subject reference under 200 characters.",
					200));
		}
		if (l.description() != null && l.description().strip().length() > MAX_DESCRIPTION) {
			problems.add(Said.said("problem.launch.description-long",
					"Keep the description under " + MAX_DESCRIPTION + " characters.", MAX_DESCRIPTION));
		}
		if (l.subjectKind() == null) {
			problems
				.add(Said.said("problem.launch.kind", "Say whether it is about a paper, a topic or an agenda item."));
		}
		if (l.deadline() == null || l.deadline().isBefore(now.plus(SHORTEST))) {
			problems.add(Said.said("problem.launch.deadline-soon", "Set a deadline at least an hour from now."));
		}
		else if (l.deadline().isAfter(now.plus(LONGEST))) {
			problems.add(Said.said("problem.launch.deadline-far", "Set a deadline within a year."));
		}
		long coordinatorId = (l.coordinatorId() != null) ? l.coordinatorId() : launcher.id();
		Optional<Participant> coordinator = this.participants.findById(coordinatorId);
		if (coordinator.isEmpty() || !coordinator.get().active() || !coordinator.get().reviews()) {
			problems.add((l.coordinatorId() == null)
					? Said.said("problem.launch.coordinator", "Choose a coordinator for the discussion.")
					: Said.said("problem.launch.coordinator-role",
							"The coordinator must be a discussion coordinator or secretariat staff."));
		}
		ReviewPolicy policy = DEFAULT_POLICY;
		if (l.reviewPolicy() != null && l.reviewPolicy() != DEFAULT_POLICY) {
			if (launcher.reviews()) {
				policy = l.reviewPolicy();
			}
			else {
				problems.add(Said.said("problem.launch.policy",
						"Only coordinators and the secretariat choose how input is reviewed."));
			}
		}
		if (l.audience().isEmpty()) {
			problems.add(Said.said("problem.launch.audience", "Invite at least one person or group."));
		}
		if (l.audience().size() > MAX_AUDIENCE) {
			throw new NoticeRefusedException(List.of(Said.said("problem.launch.audience-many",
					"audience: invite at most " + MAX_AUDIENCE + " people or groups (" + l.audience().size()
							+ " were named); a group such as a State, a role or everyone reaches many at once.",
					MAX_AUDIENCE, l.audience().size())));
		}
		List<Addressee> unknown = this.notices.unknown(l.audience());
		if (!unknown.isEmpty()) {
			problems.add(Said.said("problem.launch.unknown",
					"audience: nobody is known as " + Addressee.named(unknown) + ".", Addressee.named(unknown)));
		}
		for (Addressee a : l.audience()) {
			if (a.type() == Addressee.Type.DISCUSSION
					&& this.discussions.findById(a.id()).filter((d) -> this.access.canRead(launcher, d)).isEmpty()) {
				problems.add(Said.said("problem.launch.other-audience",
						"You can invite the audience of a discussion you take part in only."));
			}
		}
		if (!problems.isEmpty()) {
			throw new NoticeRefusedException(problems);
		}
		Set<Long> audience = new LinkedHashSet<>(this.notices.resolve(l.audience(), -1));
		audience.add(launcher.id());
		String description = (l.description() == null) ? "" : l.description().strip();
		// open from the start of this second: mail and fax times have whole seconds, and
		// a
		// reply to the announcement within the launch's second must not count as early
		NewDiscussion d = new NewDiscussion(title, l.subjectKind(), blankToNull(l.subjectRef()), description,
				coordinatorId, now, l.deadline(), policy, audience);
		String coordinatorName = coordinator.get().displayName();
		Notice notice = this.dispatch.storeThenPublish(() -> {
			Discussion created = this.discussions.create(d, launcher.id());
			return this.notices.create(NoticeKind.ANNOUNCEMENT, launcher.id(), created.id(), "New discussion: " + title,
					announcement(launcher, created, coordinatorName), List.of(Addressee.discussion(created.id())),
					wording(launcher, created, coordinatorName));
		});
		return notice.discussionId();
	}

	/**
	 * The announcement as a wording each reader's channels say in their language: {0} the
	 * title, {1} who launched it, {2} what it is on, {3} the coordinator, {4} the
	 * deadline (UTC); then the description as written.
	 */
	static Wording wording(Participant launcher, Discussion d, String coordinator) {
		String on = "notice.on." + d.subjectKind().name() + ((d.subjectRef() != null) ? "" : ".none");
		return Wording
			.of("announcement", d.title(), launcher.displayName(),
					Wording.key(on, (d.subjectRef() != null) ? d.subjectRef() : ""), coordinator,
					Wording.time(d.deadline().atZone(ZoneOffset.UTC).toLocalDateTime()))
			.withTail(d.description());
	}

	static String announcement(Participant launcher, Discussion d, String coordinator) {
		StringBuilder text = new StringBuilder();
		text.append(launcher.displayName())
			.append(" launched a discussion on ")
			.append(kind(d.subjectKind()))
			.append((d.subjectRef() != null) ? " " + d.subjectRef() : "")
			.append(": \"")
			.append(d.title())
			.append("\".\n");
		text.append("Coordinator: ").append(coordinator).append(".\n");
		text.append("Input is invited until ").append(DEADLINE.format(d.deadline().atZone(ZoneOffset.UTC))).append(".");
		if (!d.description().isBlank()) {
			text.append("\n\n").append(d.description());
		}
		return text.toString();
	}

	private static String kind(SubjectKind kind) {
		return switch (kind) {
			case PAPER -> "the paper";
			case TOPIC -> "the topic";
			case AGENDA_ITEM -> "the agenda item";
		};
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
