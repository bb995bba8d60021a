package org.ecs.web.security;

import java.time.Clock;

import org.ecs.core.security.SecurityEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Each sign-in through the sign-in page goes to the security audit trail, with the
 * address it came from (API calls with HTTP Basic are not sign-ins of a person at a
 * screen, and would drown the trail; their failures are recorded by the throttle).
 */
@Component
class SignInAudit {

	private static final Logger log = LoggerFactory.getLogger(SignInAudit.class);

	private final SecurityEvents audit;

	private final Clock clock;

	SignInAudit(SecurityEvents audit, ObjectProvider<Clock> clock) {
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		String address = (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		try {
			this.audit.record(SecurityEvents.Kind.SIGNED_IN, event.getAuthentication().getName(), address,
					"signed in through the sign-in page", this.clock.instant());
		}
		catch (RuntimeException ex) {
			log.warn("Could not record the sign-in of {}: {}", event.getAuthentication().getName(), ex.toString());
		}
	}

}
