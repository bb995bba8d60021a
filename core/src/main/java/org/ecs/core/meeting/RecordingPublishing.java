package org.ecs.core.meeting;

import java.time.Clock;
import java.util.List;

import org.ecs.core.notice.Addressee;
import org.ecs.core.notice.NoticeKind;
import org.ecs.core.notice.NoticePublication;
import org.ecs.core.notice.Notices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last steps of a recording: published (playable by everyone who may see the meeting,
 * that is everyone signed in) and announced. Publication, the notice and its message for
 * the fan-out (web inbox, email with the link, fax with the meeting's name and where to
 * watch) are one transaction, through the outbox; a second call changes nothing.
 */
@Service
public class RecordingPublishing {

	private final Recordings recordings;

	private final Meetings meetings;

	private final Notices notices;

	private final NoticePublication publication;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String baseUrl;

	public RecordingPublishing(Recordings recordings, Meetings meetings, Notices notices, NoticePublication publication,
			JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
			@Value("${ecs.mail.base-url:http://localhost:8080}") String baseUrl) {
		this.recordings = recordings;
		this.meetings = meetings;
		this.notices = notices;
		this.publication = publication;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/**
	 * @return true when this call published it
	 */
	public boolean publish(long recordingId) {
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			Recording r = this.recordings.find(recordingId).orElse(null);
			if (r == null || !this.recordings.markPublished(recordingId, this.clock.instant())) {
				return false;
			}
			Meeting m = this.meetings.findById(r.meetingId()).orElse(null);
			if (m == null || r.source() == Recording.Source.DEMO) {
				return true;
			}
			long sender = (r.uploadedBy() != null) ? r.uploadedBy()
					: this.jdbc.sql("select created_by from meeting where id = ?")
						.param(m.id())
						.query(Long.class)
						.single();
			List<Addressee> to = List.of(Addressee.everyone());
			if (this.notices.resolve(to, sender).isEmpty()) {
				return true;
			}
			String subject = "Recording available: " + m.title();
			// {0} the meeting, {1} its body and session, {2} where to watch it and in
			// which interpretation languages (each named in itself; the floor goes
			// without saying), {3} its address
			String languages = String.join(", ",
					r.audioLanguages()
						.stream()
						.filter((code) -> !AudioLanguages.FLOOR.equals(code))
						.map(AudioLanguages::name)
						.toList());
			var wording = org.ecs.core.notification.Wording.of("recording", m.title(), bodyAndSession(m),
					languages.isEmpty() ? org.ecs.core.notification.Wording.key("notice.recording.watch")
							: org.ecs.core.notification.Wording.key("notice.recording.watch-audio", languages),
					this.baseUrl + "/meetings/" + m.id());
			var notice = this.notices.create(NoticeKind.MESSAGE, sender, null, subject, body(m, r), to, wording);
			this.publication.publish(notice.id());
			return true;
		}));
	}

	/** The same words by email, in the web inbox and on a fax; never the video. */
	private String body(Meeting m, Recording r) {
		String languages = String.join(", ", r.audioLanguages().stream().map(AudioLanguages::name).toList());
		return bodyAndSession(m) + "\n" + m.title() + "\nThe recording can be watched on the meeting's page"
				+ (languages.isEmpty() ? "" : " (audio: " + languages + ")") + ".\n\n" + this.baseUrl + "/meetings/"
				+ m.id();
	}

	private static String bodyAndSession(Meeting m) {
		return m.body().displayName() + ((m.session() != null) ? ", " + m.session() : "");
	}

}
