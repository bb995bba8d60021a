package org.ecs.web.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ecs.core.contribution.ContributionRecord;
import org.ecs.core.contribution.ContributionStatus;
import org.ecs.core.contribution.Contributions;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.DiscussionAccess;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.document.Document;
import org.ecs.core.document.DocumentAccess;
import org.ecs.core.document.DocumentFilter;
import org.ecs.core.document.Documents;
import org.ecs.core.meeting.Meeting;
import org.ecs.core.meeting.MeetingFilter;
import org.ecs.core.meeting.Meetings;
import org.ecs.core.participant.Participant;
import org.ecs.core.review.ReviewInbox;
import org.ecs.web.security.CurrentParticipant;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Each person's start page: what waits for them, as counts with links. Discussions
 * closing soon, invitations not yet answered, new documents, upcoming meetings, their own
 * contributions waiting, and for coordinators the review backlog.
 */
@Controller
class HomeController {

	/** A discussion "closes soon" within this much of its deadline. */
	static final Duration CLOSING_SOON = Duration.ofDays(7);

	/** A document is "new" this many days after its date of issue. */
	static final int NEW_DOCUMENT_DAYS = 14;

	/** How many of each list the page names; the count says how many there are. */
	static final int SHOWN = 5;

	private static final Set<ContributionStatus> WAITING = EnumSet.of(ContributionStatus.RECEIVED,
			ContributionStatus.PENDING_REVIEW, ContributionStatus.APPROVED);

	private final CurrentParticipant current;

	private final Discussions discussions;

	private final DiscussionAccess access;

	private final Contributions contributions;

	private final Documents documents;

	private final Meetings meetings;

	private final ReviewInbox reviewInbox;

	private final Clock clock;

	HomeController(CurrentParticipant current, Discussions discussions, DiscussionAccess access,
			Contributions contributions, Documents documents, Meetings meetings, ReviewInbox reviewInbox, Clock clock) {
		this.current = current;
		this.discussions = discussions;
		this.access = access;
		this.contributions = contributions;
		this.documents = documents;
		this.meetings = meetings;
		this.reviewInbox = reviewInbox;
		this.clock = clock;
	}

	/** One list on the home page: how many there are and the first few. */
	record Tally<T>(int count, List<T> first) {

		static <T> Tally<T> of(List<T> all) {
			return new Tally<>(all.size(), all.stream().limit(SHOWN).toList());
		}

	}

	@GetMapping("/")
	String home(Model model) {
		Participant me = this.current.get();
		Instant now = this.clock.instant();
		List<Discussion> open = this.discussions.visibleTo(me.id())
			.stream()
			.filter((d) -> !d.isClosedAt(now))
			.sorted(Comparator.comparing(Discussion::deadline))
			.toList();
		model.addAttribute("closingSoon",
				Tally.of(open.stream().filter((d) -> d.deadline().isBefore(now.plus(CLOSING_SOON))).toList()));
		List<ContributionRecord> mine = this.contributions.byAuthor(me.id(), 500);
		model.addAttribute("notAnswered", Tally.of(open.stream()
			.filter((d) -> this.access.refusalToPost(me, d, now).isEmpty())
			.filter((d) -> mine.stream().noneMatch((c) -> d.id() == (c.discussionId() == null ? -1 : c.discussionId())))
			.toList()));
		model.addAttribute("ownWaiting", Tally.of(mine.stream().filter((c) -> WAITING.contains(c.status())).toList()));
		model.addAttribute("newDocuments", Tally.of(newDocuments(me, now)));
		model.addAttribute("upcomingMeetings", Tally.of(upcomingMeetings()));
		if (me.reviews()) {
			model.addAttribute("reviewBacklog", this.reviewInbox.pending(me, null).size());
		}
		if (DocumentAccess.managesDocuments(me)) {
			model.addAttribute("documentBacklog", this.documents.inReview().size());
		}
		model.addAttribute("faxOnly", DocumentAccess.faxOnly(me));
		model.addAttribute("discussionTitles", titles(open));
		return "home";
	}

	private List<Document> newDocuments(Participant me, Instant now) {
		LocalDate since = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(NEW_DOCUMENT_DAYS);
		return this.documents.list(me.id(), new DocumentFilter(null, null, null, null, null, since, null,
				DocumentFilter.Sort.DATE_DESC, DocumentFilter.MAX_LIMIT, 0));
	}

	private List<Meeting> upcomingMeetings() {
		return this.meetings.list(MeetingFilter.of("upcoming", null, null, null));
	}

	private static java.util.Map<Long, String> titles(List<Discussion> discussions) {
		java.util.Map<Long, String> titles = new java.util.HashMap<>();
		discussions.forEach((d) -> titles.put(d.id(), d.title()));
		return titles;
	}

}
