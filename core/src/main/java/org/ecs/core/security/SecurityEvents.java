package org.ecs.core.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The security audit trail: what was tried against which account, from which address,
 * kept for administrators to read.
 */
@Repository
public class SecurityEvents {

	/** Usernames and addresses are what a client sent: kept, but never at any length. */
	static final int MAX_FIELD = 200;

	private final JdbcClient jdbc;

	public SecurityEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(Kind kind, String username, String address, String detail, Instant at) {
		this.jdbc.sql("insert into security_event (kind, username, address, detail, at) values (?, ?, ?, ?, ?)")
			.params(kind.name(), clip(username), clip(address), clip(detail), Timestamp.from(at))
			.update();
	}

	/** The latest events, newest first; for one username when given. */
	public List<SecurityEvent> latest(String username, int limit) {
		return this.jdbc.sql("""
				select kind, username, address, detail, at from security_event
				where cast(? as text) is null or username = ?
				order by at desc, id desc limit ?
				""")
			.params(username, username, limit)
			.query((rs, i) -> new SecurityEvent(Kind.valueOf(rs.getString("kind")), rs.getString("username"),
					rs.getString("address"), rs.getString("detail"), rs.getTimestamp("at").toInstant()))
			.list();
	}

	/**
	 * The events matching every filter given (null: any), newest first: for one username,
	 * of one kind, at or after {@code from}, before {@code to}.
	 */
	public List<SecurityEvent> search(String username, Kind kind, Instant from, Instant to, int limit) {
		return this.jdbc.sql("""
				select kind, username, address, detail, at from security_event
				where (cast(? as text) is null or username = ?) and (cast(? as text) is null or kind = ?)
				  and (cast(? as timestamptz) is null or at >= ?) and (cast(? as timestamptz) is null or at < ?)
				order by at desc, id desc limit ?
				""")
			.params(username, username, (kind != null) ? kind.name() : null, (kind != null) ? kind.name() : null,
					timestamp(from), timestamp(from), timestamp(to), timestamp(to), limit)
			.query((rs, i) -> new SecurityEvent(Kind.valueOf(rs.getString("kind")), rs.getString("username"),
					rs.getString("address"), rs.getString("detail"), rs.getTimestamp("at").toInstant()))
			.list();
	}

	private static Timestamp timestamp(Instant at) {
		return (at != null) ? Timestamp.from(at) : null;
	}

	private static String clip(String s) {
		if (s == null) {
			return null;
		}
		String clean = s.replaceAll("\\p{Cntrl}", "?");
		return (clean.length() > MAX_FIELD) ? clean.substring(0, MAX_FIELD) + "…" : clean;
	}

	/** What happened. */
	public enum Kind {

		/** A wrong password, or an unknown or inactive account. */
		SIGN_IN_FAILED,

		/** Too many failures: the account or the address is refused for a while. */
		LOCKED_OUT,

		/** Signed in through the sign-in page. */
		SIGNED_IN,

		/** A focal point (or the secretariat) nominated a person. */
		NOMINATED,

		/** The secretariat approved a nomination. */
		NOMINATION_APPROVED,

		/** The secretariat returned a nomination to its focal point, with a reason. */
		NOMINATION_RETURNED,

		/** A returned nomination was corrected and sent again. */
		NOMINATION_RESUBMITTED,

		/** An invitation to set a password was sent (by email or fax). */
		INVITED,

		/** The invited person set their password: the account is active. */
		PASSWORD_SET,

		/** The person changed their password in their settings. */
		PASSWORD_CHANGED,

		/** Someone asked for a password reset link (for an account or not). */
		PASSWORD_RESET_REQUESTED,

		/** The person set a new password from a reset link; their sessions ended. */
		PASSWORD_RESET,

		/** The level of participation changed. */
		LEVEL_CHANGED,

		/** Roles were granted or taken away. */
		ROLES_CHANGED,

		/** Suspended, reinstated, or participation ended. */
		STATUS_CHANGED,

		/** The Government (or the secretariat) withdrew the person. */
		WITHDRAWN,

		/** A client certificate was issued. */
		CERTIFICATE_ISSUED,

		/** A client certificate was revoked. */
		CERTIFICATE_REVOKED,

		/**
		 * A request was refused for its client certificate (missing, unknown, revoked,
		 * another's).
		 */
		CERTIFICATE_REFUSED

	}

	/** One entry of the trail. */
	public record SecurityEvent(Kind kind, String username, String address, String detail, Instant at) {
	}

}
