package org.ecs.web.inbox;

import org.ecs.core.notification.WebInbox;
import org.ecs.core.participant.Participant;
import org.ecs.web.security.CurrentParticipant;

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

	InboxController(CurrentParticipant current, WebInbox inbox, InboxStreams streams) {
		this.current = current;
		this.inbox = inbox;
		this.streams = streams;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("notifications", this.inbox.latest(this.current.get().id(), SHOWN));
		return "inbox";
	}

	@GetMapping("/list")
	String list(Model model) {
		model.addAttribute("notifications", this.inbox.latest(this.current.get().id(), SHOWN));
		return "inbox :: list";
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
