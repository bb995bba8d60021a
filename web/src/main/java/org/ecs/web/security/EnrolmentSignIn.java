package org.ecs.web.security;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.ecs.core.security.SecurityEvents;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The invitation flow, once the invitation (link or fax code) was proven and the new
 * password set, signs the newcomer in and grants the session one certificate enrolment
 * ({@link CertificateEnrolment}): where certificates are required, that session reaches
 * {@code /settings/certificate} and nothing else until it presents a certificate. A new
 * session id is given (no fixation), and the sign-in goes to the audit trail.
 */
@Component
public class EnrolmentSignIn {

	private final UserDetailsService users;

	private final SecurityEvents audit;

	private final Clock clock;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	EnrolmentSignIn(UserDetailsService users, SecurityEvents audit, Clock clock) {
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/** Signs this request's session in as the invitee, for their first certificate. */
	public void signIn(String username, HttpServletRequest request, HttpServletResponse response) {
		UserDetails user = this.users.loadUserByUsername(username);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		HttpSession session = request.getSession(true);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		CertificateEnrolment.grant(session, user.getUsername());
		this.audit.record(SecurityEvents.Kind.SIGNED_IN, user.getUsername(), request.getRemoteAddr(),
				"through the invitation, for a first certificate", this.clock.instant());
	}

}
