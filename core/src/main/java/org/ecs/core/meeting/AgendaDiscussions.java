package org.ecs.core.meeting;

import java.util.List;
import java.util.Optional;

import org.ecs.core.discussion.DiscussionLaunch;
import org.ecs.core.discussion.Launch;
import org.ecs.core.discussion.SubjectKind;
import org.ecs.core.notice.NoticeRefusedException;
import org.ecs.core.participant.Participant;
import org.ecs.core.text.Said;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A discussion launched from a meeting's agenda item: on the agenda item, with the
 * meeting and item as its reference, and linked to the item in the same transaction as
 * its launch (a crash leaves both or neither). Who may launch is the discussion module's
 * rule (full participants: delegates, coordinators, the secretariat); the item named by
 * the form proves nothing and is looked up again here.
 */
@Service
public class AgendaDiscussions {

	static final int MAX_REFERENCE = 200;

	private final Meetings meetings;

	private final DiscussionLaunch launch;

	public AgendaDiscussions(Meetings meetings, DiscussionLaunch launch) {
		this.meetings = meetings;
		this.launch = launch;
	}

	/** What a discussion on this item is about, when the meeting has the item. */
	public Optional<Subject> subject(long meetingId, int number) {
		return this.meetings.findById(meetingId).flatMap((m) -> subject(m, number));
	}

	/**
	 * Launches the discussion on the item and links it there.
	 * @return the new discussion's id
	 * @throws NoticeRefusedException when the launch is refused (forbidden for people who
	 * may not launch), or the meeting no longer has the item
	 */
	@Transactional
	public long launch(Participant launcher, long meetingId, int number, Launch asked) {
		if (!launcher.mayPost()) {
			throw NoticeRefusedException.forbidden("Monitoring participants read discussions but do not launch them.");
		}
		Meeting m = this.meetings.lockWithItem(meetingId, number)
			.orElseThrow(() -> new NoticeRefusedException(List
				.of(Said.said("problem.meeting.no-item", "The meeting has no agenda item " + number + ".", number))));
		Subject s = subject(m, number).orElseThrow();
		long id = this.launch.launch(launcher, new Launch(asked.title(), SubjectKind.AGENDA_ITEM, s.reference(),
				asked.description(), asked.coordinatorId(), asked.deadline(), asked.reviewPolicy(), asked.audience()));
		this.meetings.linkDiscussion(m, number, id, launcher.id());
		return id;
	}

	static Optional<Subject> subject(Meeting m, int number) {
		return m.agenda()
			.stream()
			.filter((i) -> i.number() == number)
			.findFirst()
			.map((i) -> new Subject(m.id(), m.title(), i.number(), i.title(), reference(m, i)));
	}

	/** "Working Group B, 57th session, item 3: Station calibration", at most 200 long. */
	static String reference(Meeting m, AgendaItem item) {
		String ref = m.title() + ", item " + item.number() + ": " + item.title();
		return (ref.length() <= MAX_REFERENCE) ? ref : ref.substring(0, MAX_REFERENCE - 1) + "…";
	}

	/**
	 * An agenda item as a discussion's subject.
	 *
	 * @param reference what the discussion records as its subject reference
	 */
	public record Subject(long meetingId, String meetingTitle, int number, String itemTitle, String reference) {
	}

}
