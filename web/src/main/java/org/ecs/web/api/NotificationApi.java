package org.ecs.web.api;

import java.time.Instant;
import java.util.List;

import org.ecs.core.notification.Notification;
import org.ecs.core.notification.WebInbox;
import org.ecs.web.security.CurrentParticipant;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
class NotificationApi {

	static final int MAX_LIMIT = 200;

	private final CurrentParticipant current;

	private final WebInbox inbox;

	NotificationApi(CurrentParticipant current, WebInbox inbox) {
		this.current = current;
		this.inbox = inbox;
	}

	@GetMapping
	Inbox list(@RequestParam(defaultValue = "50") int limit) {
		long me = this.current.get().id();
		int bounded = Math.max(1, Math.min(limit, MAX_LIMIT));
		return new Inbox(this.inbox.unread(me),
				this.inbox.latest(me, bounded).stream().map(NotificationView::of).toList());
	}

	/**
	 * 204 whether or not anything changed: reading twice is harmless, and someone else's
	 * notification is not revealed.
	 */
	@PostMapping("/{id}/read")
	ResponseEntity<Void> markRead(@PathVariable long id) {
		this.inbox.markRead(this.current.get().id(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/read-all")
	ResponseEntity<Void> markAllRead() {
		this.inbox.markAllRead(this.current.get().id());
		return ResponseEntity.noContent().build();
	}

	record Inbox(int unread, List<NotificationView> notifications) {
	}

	record NotificationView(long id, String kind, Long discussionId, String subject, String body, Instant createdAt,
			boolean read) {

		static NotificationView of(Notification n) {
			return new NotificationView(n.id(), n.kind(), n.discussionId(), n.subject(), n.body(), n.createdAt(),
					!n.unread());
		}

	}

}
