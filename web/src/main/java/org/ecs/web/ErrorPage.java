package org.ecs.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ecs.core.notification.WebInbox;
import org.ecs.web.security.CurrentParticipant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

/**
 * Boot's error page and JSON, except that {@code /error} asked for directly (no error
 * behind it) is a page that is not there, not a failure of ours.
 */
@Controller
class ErrorPage extends BasicErrorController {

	private final CurrentParticipant current;

	private final WebInbox inbox;

	ErrorPage(ErrorAttributes errors, ServerProperties server, ObjectProvider<ErrorViewResolver> resolvers,
			CurrentParticipant current, WebInbox inbox) {
		super(errors, server.getError(), resolvers.orderedStream().toList());
		this.current = current;
		this.inbox = inbox;
	}

	@Override
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		ModelAndView page = super.errorHtml(request, response);
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			page.addObject("status", HttpStatus.NOT_FOUND.value());
			page.addObject("error", HttpStatus.NOT_FOUND.getReasonPhrase());
		}
		// a signed-in person keeps the navigation and the way out (log out) on a 403 or
		// 404
		if (page != null) {
			this.current.find().ifPresent((me) -> {
				page.addObject("me", me);
				page.addObject("unreadCount", this.inbox.unread(me.id()));
				page.addObject("section", "");
			});
		}
		return page;
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		ResponseEntity<Map<String, Object>> answer = super.error(request);
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null || answer.getBody() == null) {
			return answer;
		}
		Map<String, Object> body = new LinkedHashMap<>(answer.getBody());
		body.put("status", HttpStatus.NOT_FOUND.value());
		body.put("error", HttpStatus.NOT_FOUND.getReasonPhrase());
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(body);
	}

	@Override
	protected HttpStatus getStatus(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			return HttpStatus.NOT_FOUND;
		}
		return super.getStatus(request);
	}

}
