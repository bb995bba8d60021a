package org.ecs.web.api;

import java.util.List;

import org.ecs.core.security.SecurityEvents;
import org.ecs.core.security.SecurityEvents.SecurityEvent;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The security audit trail for administrators (the path is theirs only, in the security
 * configuration): failed sign-ins and lockouts, newest first.
 */
@RestController
class SecurityEventApi {

	static final int MAX = 500;

	private final SecurityEvents events;

	SecurityEventApi(SecurityEvents events) {
		this.events = events;
	}

	@GetMapping("/api/v1/security-events")
	List<SecurityEvent> latest(@RequestParam(required = false) String username,
			@RequestParam(defaultValue = "100") int limit) {
		return this.events.latest(username, Math.max(1, Math.min(limit, MAX)));
	}

}
