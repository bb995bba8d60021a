package org.ecs.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Where a certificate is required, a newcomer has none yet: the invitation flow, once the
 * invitation link (or fax code) and the new password are proven, grants the session one
 * enrolment, which lets it reach {@code /settings/certificate} without a certificate: it
 * may have one certificate issued there (a second POST is refused), see the page and take
 * the file away; the download uses the enrolment up. Nothing else is reachable without a
 * certificate.
 */
public final class CertificateEnrolment {

	static final String ATTRIBUTE = CertificateEnrolment.class.getName();

	static final String ISSUED = ATTRIBUTE + ".issued";

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

	/**
	 * A certificate was issued under the enrolment: from now on the session may only look
	 * (the page, the one download), not have another issued.
	 */
	public static void issued(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(ATTRIBUTE) != null) {
			session.setAttribute(ISSUED, Boolean.TRUE);
		}
	}

	/** Uses the enrolment up: called once the certificate was handed over. */
	public static void consume(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
			session.removeAttribute(ISSUED);
		}
	}

	/** Pages and files anyone may fetch, signed in or not. */
	private static final java.util.List<String> OPEN = java.util.List.of("/login", "/logout", "/error", "/css/", "/js/",
			"/webjars/", "/favicon.ico", "/invitation/", "/pki/");

	/**
	 * Whether the path is one anyone may fetch (the enrolling session keeps going there).
	 */
	static boolean open(HttpServletRequest request) {
		String path = path(request);
		return OPEN.stream().anyMatch((p) -> p.endsWith("/") ? path.startsWith(p) : path.equals(p));
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	static boolean allows(HttpServletRequest request, String username) {
		String path = path(request);
		if (!(path.equals(PATH) || path.startsWith(PATH + "/")) || !granted(request, username)) {
			return false;
		}
		boolean looking = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		return looking || request.getSession(false).getAttribute(ISSUED) == null;
	}

}
