package org.ecs.web.security;

import java.util.Optional;

import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in participant, read fresh from the directory once per request, so a
 * deactivation or a change of level takes effect at the next click, not the next login.
 */
@Component
public class CurrentParticipant {

	private static final String ATTRIBUTE = CurrentParticipant.class.getName();

	private final ParticipantDirectory directory;

	CurrentParticipant(ParticipantDirectory directory) {
		this.directory = directory;
	}

	/** The signed-in, active participant; refuses the request otherwise. */
	public Participant get() {
		Authentication auth = signedIn()
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Participant p
				&& p.username().equals(auth.getName())) {
			return p;
		}
		Participant p = this.directory.findByUsername(auth.getName())
			.filter(Participant::active)
			.orElseThrow(() -> new AccessDeniedException("This account is not active"));
		if (request != null) {
			request.setAttribute(ATTRIBUTE, p, RequestAttributes.SCOPE_REQUEST);
		}
		return p;
	}

	/**
	 * The participant when someone is signed in (pages shown to everyone, like errors).
	 */
	public Optional<Participant> find() {
		return signedIn().flatMap((auth) -> {
			try {
				return Optional.of(get());
			}
			catch (AccessDeniedException ex) {
				return Optional.empty();
			}
		});
	}

	private static Optional<Authentication> signedIn() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return Optional.of(auth);
	}

}
