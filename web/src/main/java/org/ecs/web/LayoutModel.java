package org.ecs.web;

import jakarta.servlet.DispatcherType;
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

	/**
	 * Nothing on the second dispatch of an asynchronous answer (the inbox's event stream
	 * ending): it renders no page, and the person may have signed out since the stream
	 * began (asking for them then failed on a reply already begun).
	 */
	@ModelAttribute("me")
	Participant me(HttpServletRequest request) {
		return isAsync(request) ? null : this.current.get();
	}

	@ModelAttribute("unreadCount")
	Integer unreadCount(HttpServletRequest request) {
		return isAsync(request) ? null : this.inbox.unread(this.current.get().id());
	}

	private static boolean isAsync(HttpServletRequest request) {
		return request.getDispatcherType() == DispatcherType.ASYNC;
	}

	/** The nav marks the section the page belongs to with aria-current. */
	@ModelAttribute("section")
	String section(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String[] parts = path.split("/");
		return parts.length > 1 ? parts[1] : "";
	}

}
