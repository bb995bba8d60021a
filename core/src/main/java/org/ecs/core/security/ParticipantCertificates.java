package org.ecs.core.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ecs.core.participant.Participant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participants' client certificates: issued through the {@link CertificateAuthority},
 * recorded with their fingerprint, listed and revoked; every issue and revocation goes to
 * the security audit trail. A participant sees and revokes their own; an administrator
 * anyone's.
 */
@Service
public class ParticipantCertificates {

	/** Reasons are free text from a form: kept short. */
	static final int MAX_REASON = 500;

	private static final String SELECT = """
			select c.id, c.participant_id, p.username, p.active, c.serial, c.fingerprint, c.subject, c.not_before,
			       c.not_after, c.issued_at, c.issued_how, c.revoked_at, c.reason
			from participant_certificate c join participant p on p.id = c.participant_id
			""";

	private final JdbcClient jdbc;

	private final CertificateAuthority authority;

	private final SecurityEvents audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	public ParticipantCertificates(JdbcClient jdbc, CertificateAuthority authority, SecurityEvents audit, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.authority = authority;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/** A key pair made here, its certificate, as a PKCS#12 file under the passphrase. */
	@Transactional
	public IssuedKeyStore issueKeyStore(Participant owner, char[] passphrase, String address) {
		IssuedKeyStore issued = this.authority.issueKeyStore(owner.username(), passphrase);
		record(owner, issued.certificate(), "KEY_PAIR", address);
		return issued;
	}

	/**
	 * A certificate for the key in the person's PKCS#10 request.
	 * @throws CertificateAuthority.CertificateRequestRejected for a request the CA will
	 * not sign
	 */
	@Transactional
	public IssuedCertificate issueForRequest(Participant owner, String pemRequest, String address) {
		IssuedCertificate issued = this.authority.issueForRequest(owner.username(), pemRequest);
		record(owner, issued, "CSR", address);
		return issued;
	}

	public String caCertificatePem() {
		return this.authority.caCertificatePem();
	}

	private void record(Participant owner, IssuedCertificate cert, String how, String address) {
		this.jdbc.sql("""
				insert into participant_certificate
				    (participant_id, serial, fingerprint, subject, not_before, not_after, issued_at, issued_how)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(owner.id(), cert.serial(), cert.fingerprint(), cert.subject(), Timestamp.from(cert.notBefore()),
					Timestamp.from(cert.notAfter()), Timestamp.from(this.clock.instant()), how)
			.update();
		this.audit.record(SecurityEvents.Kind.CERTIFICATE_ISSUED, owner.username(), address,
				"serial " + cert.serial() + ", " + (how.equals("CSR") ? "for a CSR" : "key pair made by ECS")
						+ ", valid until " + cert.notAfter(),
				this.clock.instant());
	}

	/** A participant's certificates, newest first. */
	public List<CertificateRecord> of(long participantId) {
		return this.jdbc.sql(SELECT + " where c.participant_id = ? order by c.issued_at desc, c.id desc")
			.param(participantId)
			.query(ParticipantCertificates::row)
			.list();
	}

	/** The certificate with this fingerprint (SHA-256 of its DER, lowercase hex). */
	public Optional<CertificateRecord> byFingerprint(String fingerprint) {
		return this.jdbc.sql(SELECT + " where c.fingerprint = ?")
			.param(fingerprint)
			.query(ParticipantCertificates::row)
			.optional();
	}

	/**
	 * Revokes one certificate, effective at the next request made with it. Only its owner
	 * or an administrator may; to anyone else it does not exist.
	 */
	@Transactional
	public Revocation revoke(long certificateId, Participant by, String reason, String address) {
		Optional<CertificateRecord> found = this.jdbc.sql(SELECT + " where c.id = ? for update of c")
			.param(certificateId)
			.query(ParticipantCertificates::row)
			.optional();
		if (found.isEmpty() || (found.get().participantId() != by.id() && !by.isAdministrator())) {
			return Revocation.NOT_FOUND;
		}
		CertificateRecord cert = found.get();
		if (cert.revoked()) {
			return Revocation.ALREADY_REVOKED;
		}
		String why = clip(reason,
				(cert.participantId() == by.id()) ? "revoked by its owner" : "revoked by an administrator");
		Instant now = this.clock.instant();
		this.jdbc.sql("update participant_certificate set revoked_at = ?, revoked_by = ?, reason = ? where id = ?")
			.params(Timestamp.from(now), by.id(), why, certificateId)
			.update();
		this.audit.record(SecurityEvents.Kind.CERTIFICATE_REVOKED, cert.username(), address,
				"serial " + cert.serial() + " revoked by " + by.username() + ": " + why, now);
		this.events.publishEvent(new CertificatesRevoked(1));
		return Revocation.REVOKED;
	}

	/**
	 * Revokes every certificate of a participant still in force (a suspension or a
	 * withdrawn nomination); returns how many.
	 */
	@Transactional
	public int revokeAll(long participantId, String reason, Long byParticipantId) {
		Instant now = this.clock.instant();
		String why = clip(reason, "account suspended or withdrawn");
		List<String> serials = this.jdbc.sql("""
				update participant_certificate set revoked_at = ?, revoked_by = ?, reason = ?
				where participant_id = ? and revoked_at is null returning serial
				""").params(Timestamp.from(now), byParticipantId, why, participantId).query(String.class).list();
		if (!serials.isEmpty()) {
			String username = this.jdbc.sql("select username from participant where id = ?")
				.param(participantId)
				.query(String.class)
				.single();
			this.audit.record(SecurityEvents.Kind.CERTIFICATE_REVOKED, username, null,
					"serials " + String.join(", ", serials) + ": " + why, now);
			this.events.publishEvent(new CertificatesRevoked(serials.size()));
		}
		return serials.size();
	}

	/**
	 * The CA's revocation list as of now (DER): every revoked certificate not yet expired
	 * (an expired one is refused for its dates anyway), valid until {@code nextUpdate}.
	 */
	public byte[] revocationList(Instant nextUpdate) {
		List<RevokedCertificate> revoked = this.jdbc.sql("""
				select serial, revoked_at from participant_certificate
				where revoked_at is not null and not_after > ? order by revoked_at, id
				""")
			.param(Timestamp.from(this.clock.instant()))
			.query((rs, i) -> new RevokedCertificate(rs.getString("serial"), rs.getTimestamp("revoked_at").toInstant()))
			.list();
		return this.authority.revocationList(revoked, nextUpdate);
	}

	private static String clip(String reason, String otherwise) {
		if (reason == null || reason.isBlank()) {
			return otherwise;
		}
		String clean = reason.strip().replaceAll("\\p{Cntrl}", " ");
		return (clean.length() > MAX_REASON) ? clean.substring(0, MAX_REASON) : clean;
	}

	private static CertificateRecord row(ResultSet rs, int i) throws SQLException {
		Timestamp revoked = rs.getTimestamp("revoked_at");
		return new CertificateRecord(rs.getLong("id"), rs.getLong("participant_id"), rs.getString("username"),
				rs.getBoolean("active"), rs.getString("serial"), rs.getString("fingerprint"), rs.getString("subject"),
				rs.getTimestamp("not_before").toInstant(), rs.getTimestamp("not_after").toInstant(),
				rs.getTimestamp("issued_at").toInstant(), rs.getString("issued_how"),
				(revoked != null) ? revoked.toInstant() : null, rs.getString("reason"));
	}

	/** The outcome of a revocation. */
	public enum Revocation {

		REVOKED, ALREADY_REVOKED, NOT_FOUND

	}

}
