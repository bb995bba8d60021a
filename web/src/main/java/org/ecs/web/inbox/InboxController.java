package org.ecs.web.inbox;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ecs.core.comment.CommentStore;
import org.ecs.core.document.DocumentAccess;
import org.ecs.core.notice.Notices;
import org.ecs.core.notification.Notification;

import org.ecs.core.notification.WebInbox;
import org.ecs.core.participant.Participant;
import org.ecs.web.security.CurrentParticipant;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The web notification inbox. htmx refreshes the list and the badge when the stream says
 * the inbox changed; without JavaScript the forms still work with a redirect.
 */
@Controller
@RequestMapping("/inbox")
class InboxController {

	static final int SHOWN = 50;

	/** The event htmx listens for on the body to refresh the list and the badge. */
	static final String CHANGED = "inbox-changed";

	private final CurrentParticipant current;

	private final WebInbox inbox;

	private final InboxStreams streams;

	private final Notices notices;

	private final CommentStore comments;

	private final MessageSource messages;

	InboxController(CurrentParticipant current, WebInbox inbox, InboxStreams streams, Notices notices,
			CommentStore comments, MessageSource messages) {
		this.messages = messages;
		this.current = current;
		this.inbox = inbox;
		this.streams = streams;
		this.notices = notices;
		this.comments = comments;
	}

	/** Who a notification comes from, and where one answers them. */
	record Sender(String name, String reply) {
	}

	@GetMapping
	String page(Model model) {
		populate(model);
		return "inbox";
	}

	@GetMapping("/list")
	String list(Model model) {
		populate(model);
		return "inbox :: list";
	}

	/**
	 * Opening a notification marks it read and goes to what it is about: the discussion,
	 * or the notification itself in the inbox. A form, not a link: it changes what is
	 * saved.
	 */
	@PostMapping("/{id}/open")
	String open(@PathVariable long id) {
		Participant me = this.current.get();
		Notification n = this.inbox.latest(me.id(), SHOWN)
			.stream()
			.filter((x) -> x.id() == id)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.inbox.markRead(me.id(), id);
		if (n.discussionId() != null) {
			return "redirect:/discussions/" + n.discussionId();
		}
		return "redirect:/inbox#notification-" + id;
	}

	private void populate(Model model) {
		Participant me = this.current.get();
		List<Notification> latest = this.inbox.latest(me.id(), SHOWN);
		Map<Long, Sender> senders = new HashMap<>();
		Map<Long, NotificationWording.Worded> worded = new HashMap<>();
		Locale locale = LocaleContextHolder.getLocale();
		for (Notification n : latest) {
			sender(me, n).ifPresent((s) -> senders.put(n.id(), s));
			worded.put(n.id(), NotificationWording.of(n, this.messages, locale));
		}
		model.addAttribute("notifications", latest);
		model.addAttribute("worded", worded);
		model.addAttribute("senders", senders);
	}

	private Optional<Sender> sender(Participant me, Notification n) {
		boolean answers = me.mayPost() && !DocumentAccess.faxOnly(me);
		Optional<Sender> fromNotice = n.noticeId()
			.flatMap(this.notices::find)
			.filter((notice) -> notice.senderId() != me.id())
			.map((notice) -> new Sender(notice.senderName(),
					answers ? "/messages/new?to=person:" + notice.senderId() : null));
		if (fromNotice.isPresent()) {
			return fromNotice;
		}
		return n.commentId()
			.flatMap(this.comments::find)
			.map((c) -> new Sender(c.authorName(), answers ? "/discussions/" + c.discussionId() + "#post" : null));
	}

	@GetMapping("/unread-count")
	String unreadBadge() {
		return "fragments :: unread-badge";
	}

	@PostMapping("/{id}/read")
	ResponseEntity<Void> markRead(@PathVariable long id,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		// marking someone else's or an already read notification changes nothing and
		// says nothing
		this.inbox.markRead(this.current.get().id(), id);
		return changed(htmx);
	}

	@PostMapping("/read-all")
	ResponseEntity<Void> markAllRead(@RequestHeader(name = "HX-Request", required = false) String htmx) {
		this.inbox.markAllRead(this.current.get().id());
		return changed(htmx);
	}

	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter stream() {
		Participant me = this.current.get();
		return this.streams.open(me.id());
	}

	private static ResponseEntity<Void> changed(String htmx) {
		if ("true".equals(htmx)) {
			return ResponseEntity.noContent().header("HX-Trigger", CHANGED).build();
		}
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(ServletUriComponentsBuilder.fromCurrentContextPath().path("/inbox").build().toUri())
			.build();
	}

}
