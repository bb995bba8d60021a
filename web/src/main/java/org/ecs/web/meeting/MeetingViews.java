package org.ecs.web.meeting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.DiscussionAccess;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.document.Document;
import org.ecs.core.document.Documents;
import org.ecs.core.meeting.AgendaItem;
import org.ecs.core.meeting.Meeting;
import org.ecs.core.meeting.MeetingBody;
import org.ecs.core.meeting.MeetingStatus;
import org.ecs.core.meeting.Recording;
import org.ecs.core.meeting.RecordingStatus;
import org.ecs.core.participant.Participant;

/**
 * A meeting as the API and the pages show it to one person: its agenda's documents and
 * discussions are listed only when that person may see them (the document and discussion
 * modules decide).
 */
public final class MeetingViews {

	private final Documents documents;

	private final Discussions discussions;

	private final DiscussionAccess discussionAccess;

	public MeetingViews(Documents documents, Discussions discussions, DiscussionAccess discussionAccess) {
		this.documents = documents;
		this.discussions = discussions;
		this.discussionAccess = discussionAccess;
	}

	public static Summary summary(Meeting m, Instant now) {
		return new Summary(m.id(), m.uid(), m.body(), m.body().displayName(), m.session(), m.title(), m.startsAt(),
				m.endsAt(), m.startInVienna(), m.endInVienna(), Meeting.VIENNA.getId(), m.venue(), m.room(), m.status(),
				m.statusReason(), m.sequence(), m.isPastAt(now));
	}

	public Detail detail(Meeting m, Participant me, Instant now) {
		return detail(m, me, now, List.of(), null);
	}

	/**
	 * With its recordings (published ones with their playlist; those on their way with
	 * their progress) and its live stream, shown while the meeting is on.
	 */
	public Detail detail(Meeting m, Participant me, Instant now, List<Recording> recordings, String liveUrl) {
		List<Item> agenda = m.agenda().stream().map((item) -> item(item, me)).toList();
		boolean on = m.status() == MeetingStatus.SCHEDULED && !now.isBefore(m.startsAt()) && now.isBefore(m.endsAt());
		return new Detail(summary(m, now), m.contact(), agenda,
				recordings.stream().map(MeetingViews::recordingView).toList(),
				(on && liveUrl != null) ? new Live(liveUrl) : null);
	}

	public static RecordingView recordingView(Recording r) {
		return new RecordingView(r.id(), r.key(), r.fileName(), r.status(), r.percent(), r.secondsLeft(),
				r.durationSeconds(), r.audioLanguages(), r.captionLanguages(),
				r.published() ? RecordingMedia.apiPlaylist(r) : null,
				r.published() ? RecordingMedia.pagePlaylist(r) : null, r.renditions(), r.failure(), r.publishedAt());
	}

	private Item item(AgendaItem item, Participant me) {
		List<DocumentLink> docs = item.documentIds()
			.stream()
			.map(this.documents::findById)
			.flatMap(Optional::stream)
			.filter((d) -> this.documents.visibleTo(d.id(), me.id()))
			.map((Document d) -> new DocumentLink(d.id(), d.symbol(), d.title(me.language())))
			.toList();
		List<DiscussionLink> talks = item.discussionIds()
			.stream()
			.map(this.discussions::findById)
			.flatMap(Optional::stream)
			.filter((Discussion d) -> this.discussionAccess.canRead(me, d))
			.map((d) -> new DiscussionLink(d.id(), d.title()))
			.toList();
		return new Item(item.number(), item.title(), docs, talks);
	}

	/**
	 * Times both as instants and as Vienna local times (the meeting's own zone).
	 */
	public record Summary(long id, UUID uid, MeetingBody body, String bodyName, String session, String title,
			Instant start, Instant end, LocalDateTime startVienna, LocalDateTime endVienna, String timeZone,
			String venue, String room, MeetingStatus status, String statusReason, int sequence, boolean past) {
	}

	public record Detail(Summary meeting, String contact, List<Item> agenda, List<RecordingView> recordings,
			Live live) {
	}

	/**
	 * A recording and how far it has come: {@code playlist} is its HLS master playlist
	 * for API clients, {@code player} the same for the page's player; both only once
	 * published.
	 */
	public record RecordingView(long id, UUID key, String fileName, RecordingStatus status, BigDecimal percent,
			Integer secondsLeft, BigDecimal durationSeconds, List<String> audioLanguages, List<String> captionLanguages,
			String playlist, String player, String renditions, String failure, Instant publishedAt) {
	}

	/** The meeting's live stream (HLS), while the meeting is on. */
	public record Live(String playlist) {
	}

	public record Item(int number, String title, List<DocumentLink> documents, List<DiscussionLink> discussions) {
	}

	public record DocumentLink(long id, String symbol, String title) {
	}

	public record DiscussionLink(long id, String title) {
	}

}
