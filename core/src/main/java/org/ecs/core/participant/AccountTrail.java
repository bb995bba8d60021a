package org.ecs.core.participant;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.ecs.core.notice.Addressee;
import org.ecs.core.notice.NoticeDispatch;
import org.ecs.core.notice.NoticeKind;
import org.ecs.core.notice.Notices;
import org.ecs.core.notification.Wording;
import org.ecs.core.security.SecurityEvents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What every change to an account leaves behind, in the change's own transaction: a line
 * of the participant's history, an entry in the security audit trail, and, when someone
 * must hear of it, an account notice that the pipeline delivers on their channels (even
 * to a person who cannot sign in, such as a nominee being invited or someone just
 * withdrawn).
 */
@Component
class AccountTrail {

	private final ParticipantRecords records;

	private final SecurityEvents audit;

	private final Notices notices;

	private final NoticeDispatch dispatch;

	private final Clock clock;

	private final String baseUrl;

	AccountTrail(ParticipantRecords records, SecurityEvents audit, Notices notices, NoticeDispatch dispatch,
			Clock clock, @Value("${ecs.mail.base-url:http://localhost:8080}") String baseUrl) {
		this.records = records;
		this.audit = audit;
		this.notices = notices;
		this.dispatch = dispatch;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	Instant now() {
		return this.clock.instant();
	}

	String baseUrl() {
		return this.baseUrl;
	}

	/** History and audit of one change made by the actor (null: by the person or ECS). */
	void record(ParticipantProfile target, String action, String detail, Participant actor, SecurityEvents.Kind kind) {
		Instant now = now();
		this.records.history(target.id(), action, detail, (actor != null) ? actor.id() : null, now);
		String by = (actor != null) ? "by " + actor.username() + ": " : "";
		this.audit.record(kind, target.person().username(), null, by + detail, now);
	}

	/** Tells one person, whatever their status, on their channels. */
	void tell(long recipientId, long senderId, String subject, String body) {
		tell(recipientId, senderId, subject, body, null);
	}

	/**
	 * {@link #tell(long, long, String, String)} with the wording their channels say in
	 * their language.
	 */
	void tell(long recipientId, long senderId, String subject, String body, Wording wording) {
		this.dispatch.storeThenPublish(() -> this.notices.create(NoticeKind.ACCOUNT, senderId, null, subject, body,
				List.of(Addressee.person(recipientId)), wording));
	}

}
