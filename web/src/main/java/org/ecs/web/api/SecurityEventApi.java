package org.ecs.web.api;

import java.time.Instant;
import java.util.List;

import org.ecs.core.security.SecurityEvents;
import org.ecs.core.security.SecurityEvents.SecurityEvent;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The security audit trail for administrators (the path is theirs only, in the security
 * configuration): sign-ins, failures and lockouts, nominations, approvals, level, role
 * and status changes, newest first; searchable by username, kind and time, exportable as
 * CSV.
 */
@RestController
class SecurityEventApi {

	static final int MAX = 500;

	static final int MAX_EXPORT = 50_000;

	private final SecurityEvents events;

	SecurityEventApi(SecurityEvents events) {
		this.events = events;
	}

	@GetMapping("/api/v1/security-events")
	List<SecurityEvent> latest(@RequestParam(required = false) String username,
			@RequestParam(required = false) SecurityEvents.Kind kind, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to, @RequestParam(defaultValue = "100") int limit) {
		return this.events.search(blank(username), kind, from, to, Math.max(1, Math.min(limit, MAX)));
	}

	/**
	 * The same, as CSV for a spreadsheet or an archive (at most {@value #MAX_EXPORT}).
	 */
	@GetMapping(path = "/api/v1/security-events/export", produces = "text/csv;charset=UTF-8")
	ResponseEntity<String> export(@RequestParam(required = false) String username,
			@RequestParam(required = false) SecurityEvents.Kind kind, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to) {
		StringBuilder csv = new StringBuilder("at,kind,username,address,detail\r\n");
		for (SecurityEvent e : this.events.search(blank(username), kind, from, to, MAX_EXPORT)) {
			csv.append(e.at())
				.append(',')
				.append(e.kind())
				.append(',')
				.append(cell(e.username()))
				.append(',')
				.append(cell(e.address()))
				.append(',')
				.append(cell(e.detail()))
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"security-events.csv\"")
			.body(csv.toString());
	}

	/**
	 * A CSV cell, quoted; a value a spreadsheet would run as a formula is prefixed with
	 * an apostrophe (usernames and details come from outside).
	 */
	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String v = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		return '"' + v.replace("\"", "\"\"") + '"';
	}

	private static String blank(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
