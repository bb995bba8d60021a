package org.ecs.web.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ecs.core.discussion.DiscussionLaunch;
import org.ecs.core.discussion.Launch;
import org.ecs.core.discussion.ReviewPolicy;
import org.ecs.core.discussion.SubjectKind;
import org.ecs.core.notice.NetworkMessages;
import org.ecs.core.notice.Notice;
import org.ecs.core.participant.Participant;
import org.ecs.web.message.Recipients;
import org.ecs.web.security.CurrentParticipant;
import org.ecs.web.security.FaxOnlyPolicy;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Launching discussions and the notification network over the API. Recipients are written
 * as {@code person:12}, {@code discussion:3}, {@code state:KEN},
 * {@code role:COORDINATOR}, {@code everyone}.
 */
@RestController
class NoticeApi {

	private final CurrentParticipant current;

	private final DiscussionLaunch launch;

	private final NetworkMessages messages;

	private final FaxOnlyPolicy faxOnly;

	NoticeApi(CurrentParticipant current, DiscussionLaunch launch, NetworkMessages messages, FaxOnlyPolicy faxOnly) {
		this.current = current;
		this.launch = launch;
		this.messages = messages;
		this.faxOnly = faxOnly;
	}

	record NewDiscussion(String title, SubjectKind subjectKind, String subjectRef, String description,
			Long coordinatorId, Instant deadline, ReviewPolicy reviewPolicy, List<String> audience) {
	}

	record Launched(long id, String url) {
	}

	/** 201 with the new discussion; its announcement goes out through the pipeline. */
	@PostMapping("/api/v1/discussions")
	ResponseEntity<Launched> launch(@RequestBody NewDiscussion d) {
		Participant me = this.faxOnly.requireWeb(this.current.get());
		long id = this.launch.launch(me, new Launch(d.title(), d.subjectKind(), d.subjectRef(), d.description(),
				d.coordinatorId(), d.deadline(), d.reviewPolicy(), Recipients.parse(d.audience())));
		String url = "/api/v1/discussions/" + id;
		return ResponseEntity.created(URI.create(url)).body(new Launched(id, url));
	}

	record NewMessage(List<String> to, String subject, String body) {
	}

	record SentMessage(UUID id, List<String> to, String subject, String body, Instant sentAt, boolean delivered,
			Integer recipients) {

		static SentMessage of(Notice n) {
			return new SentMessage(n.id(), n.addressees().stream().map(Object::toString).toList(), n.subject(),
					n.body(), n.createdAt(), n.fannedOutAt() != null, n.recipients());
		}

	}

	/**
	 * 202: the message is stored; it fans out to its recipients' channels in the
	 * pipeline.
	 */
	@PostMapping("/api/v1/messages")
	ResponseEntity<SentMessage> send(@RequestBody NewMessage m) {
		Participant me = this.faxOnly.requireWeb(this.current.get());
		Notice sent = this.messages.send(me, m.subject(), m.body(), Recipients.parse(m.to()));
		return ResponseEntity.accepted().body(SentMessage.of(sent));
	}

	@GetMapping("/api/v1/messages/sent")
	List<SentMessage> sent() {
		return this.messages.sentBy(this.current.get()).stream().map(SentMessage::of).toList();
	}

}
