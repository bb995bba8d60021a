package org.ecs.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Where a certificate is required, a newcomer has none yet: the invitation flow, once the
 * invitation link (or fax code) and the new password are proven, grants the session one
 * enrolment, which lets it reach {@code /settings/certificate} without a certificate and
 * is used up by the first certificate issued there. Nothing else is reachable without
 * one.
 */
public final class CertificateEnrolment {

	static final String ATTRIBUTE = CertificateEnrolment.class.getName();

	static final String PATH = "/settings/certificate";

	private CertificateEnrolment() {
	}

	/** Lets this session, signed in as the username, get one certificate. */
	public static void grant(HttpSession session, String username) {
		session.setAttribute(ATTRIBUTE, username);
	}

	/** Whether this session holds an enrolment (to offer it on the page). */
	public static boolean granted(HttpServletRequest request, String username) {
		HttpSession session = request.getSession(false);
		return session != null && username != null && username.equals(session.getAttribute(ATTRIBUTE));
	}

	/** Uses the enrolment up: called once a certificate was issued. */
	public static void consume(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

	static boolean allows(HttpServletRequest request, String username) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return (path.equals(PATH) || path.startsWith(PATH + "/")) && granted(request, username);
	}

}
