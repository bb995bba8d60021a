package org.ecs.web.security;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.PasswordResets;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session signed in earlier ends at the next request once its account is no longer
 * active (withdrawn, suspended, expired): the account is read fresh on every request (the
 * same read {@link CurrentParticipant} keeps for the controllers), and when it is not
 * active the session is invalidated and the request goes on as anonymous, so it meets the
 * sign-in page like any other. A session opened before the person's password was reset
 * ends the same way (the reset ends every session). The roles and level the request is
 * authorised with are the account's as read now, not those of the sign-in: an
 * administrator or coordinator whose role is taken away loses its pages at the next
 * click.
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
		if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
			var account = this.current.find();
			if (account.isEmpty() || openedBeforeReset(auth.getName(), request)) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else {
				withAuthoritiesOf(account.get(), auth);
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * This request is authorised with the account's roles and level as they are now; the
	 * session keeps what it had (it is replaced for each request alike).
	 */
	private static void withAuthoritiesOf(Participant account, Authentication auth) {
		List<GrantedAuthority> now = ParticipantUserDetailsService.authorities(account);
		if (new HashSet<>(now).equals(new HashSet<>(auth.getAuthorities()))) {
			return;
		}
		UsernamePasswordAuthenticationToken current = UsernamePasswordAuthenticationToken
			.authenticated(auth.getPrincipal(), null, now);
		current.setDetails(auth.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(current);
		SecurityContextHolder.setContext(context);
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
