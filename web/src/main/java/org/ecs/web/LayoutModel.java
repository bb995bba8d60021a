package org.ecs.web;

import jakarta.servlet.http.HttpServletRequest;
import org.ecs.core.notification.WebInbox;
import org.ecs.core.participant.Participant;
import org.ecs.web.security.CurrentParticipant;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout of every signed-in page needs: who is signed in, the unread badge. */
@ControllerAdvice(basePackages = { "org.ecs.web.discussion", "org.ecs.web.review", "org.ecs.web.inbox",
		"org.ecs.web.admin", "org.ecs.web.settings", "org.ecs.web.message", "org.ecs.web.document", "org.ecs.web.home",
		"org.ecs.web.meeting", "org.ecs.web.participant" })
class LayoutModel {

	private final CurrentParticipant current;

	private final WebInbox inbox;

	LayoutModel(CurrentParticipant current, WebInbox inbox) {
		this.current = current;
		this.inbox = inbox;
	}

	@ModelAttribute("me")
	Participant me() {
		return this.current.get();
	}

	@ModelAttribute("unreadCount")
	int unreadCount() {
		return this.inbox.unread(this.current.get().id());
	}

	/** The nav marks the section the page belongs to with aria-current. */
	@ModelAttribute("section")
	String section(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String[] parts = path.split("/");
		return parts.length > 1 ? parts[1] : "";
	}

}
