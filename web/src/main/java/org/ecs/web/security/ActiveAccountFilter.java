package org.ecs.web.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.ecs.core.participant.PasswordResets;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session signed in earlier ends at the next request once its account is no longer
 * active (withdrawn, suspended, expired): the account is read fresh on every request (the
 * same read {@link CurrentParticipant} keeps for the controllers), and when it is not
 * active the session is invalidated and the request goes on as anonymous, so it meets the
 * sign-in page like any other. A session opened before the person's password was reset
 * ends the same way (the reset ends every session).
 */
final class ActiveAccountFilter extends OncePerRequestFilter {

	private final CurrentParticipant current;

	private final PasswordResets resets;

	ActiveAccountFilter(CurrentParticipant current, PasswordResets resets) {
		this.current = current;
		this.resets = resets;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
				&& (this.current.find().isEmpty() || openedBeforeReset(auth.getName(), request))) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
		}
		chain.doFilter(request, response);
	}

	private boolean openedBeforeReset(String username, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && this.resets.sessionsEndedAt(username)
			.filter((ended) -> session.getCreationTime() < ended.toEpochMilli())
			.isPresent();
	}

	/**
	 * Stylesheets, scripts and images carry no one's data: no need to read the account.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.equals("/favicon.ico");
	}

}
