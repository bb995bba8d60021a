package org.ecs.core.participant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time invitations to set a password. An emailed invitation is a link with 256 random
 * bits; a faxed one is a code of 12 characters (60 bits) that the person types with their
 * username. Only a SHA-256 of the secret is stored, so reading the database gives no way
 * in; a secret works once, before it expires, and only while the person is approved.
 */
@Repository
public class Invitations {

	/** Crockford's base 32: no I, L, O or U to misread on a fax. */
	static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	static final int CODE_LENGTH = 12;

	private final JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	public Invitations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Makes a new invitation (earlier ones of the person stop working); the secret. */
	String issue(long participantId, Channel channel, Long by, Instant expiresAt) {
		String secret = (channel == Channel.FAX) ? code() : token();
		revokeAll(participantId);
		this.jdbc.sql("""
				insert into participant_invitation (participant_id, channel, secret_hash, expires_at, created_by)
				values (?, ?, ?, ?, ?)
				""").params(participantId, channel.name(), hash(secret), Timestamp.from(expiresAt), by).update();
		return secret;
	}

	/** The person an unused, unexpired secret invites; empty otherwise. */
	public Optional<Long> invitee(String secret, Instant now) {
		if (secret == null || secret.isBlank() || secret.length() > 200) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select i.participant_id from participant_invitation i join participant p on p.id = i.participant_id
				where i.secret_hash = ? and i.used_at is null and i.expires_at > ? and p.status = 'APPROVED'
				""").params(hash(secret), Timestamp.from(now)).query(Long.class).optional();
	}

	/** Uses the secret up; the person it invited, when it was still good. */
	Optional<Long> consume(String secret, Instant now) {
		if (secret == null || secret.isBlank() || secret.length() > 200) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				update participant_invitation i set used_at = ?
				from participant p
				where p.id = i.participant_id and i.secret_hash = ? and i.used_at is null and i.expires_at > ?
				  and p.status = 'APPROVED'
				returning i.participant_id
				""").params(Timestamp.from(now), hash(secret), Timestamp.from(now)).query(Long.class).optional();
	}

	/**
	 * Every open invitation of the person stops working (withdrawal, a new invitation).
	 */
	void revokeAll(long participantId) {
		this.jdbc
			.sql("update participant_invitation set expires_at = least(expires_at, now()) "
					+ "where participant_id = ? and used_at is null")
			.param(participantId)
			.update();
		forgetSecrets(participantId);
	}

	/** An invitation link as the account notice writes it. */
	static final String LINK = "/invitation/[A-Za-z0-9_-]{43}";

	/** A faxed code as the account notice writes it. */
	static final String CODE = "one-time code: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}";

	/**
	 * Blanks the person's invitation links and codes out of the account notices and inbox
	 * ECS keeps, once the invitation was used or stopped working: the secret need not
	 * outlive it in the database (mail and faxes already sent are the person's).
	 */
	void forgetSecrets(long participantId) {
		String redacted = """
				regexp_replace(regexp_replace(body, :link, '/invitation/(no longer valid)', 'g'),
				               :code, 'one-time code: (no longer valid)', 'g')""";
		this.jdbc
			.sql("update notice set body = " + redacted
					+ " where kind = 'ACCOUNT' and :person = any(addressees) and (body ~ :link or body ~ :code)")
			.param("link", LINK)
			.param("code", CODE)
			.param("person", "person:" + participantId)
			.update();
		this.jdbc
			.sql("update notification set body = " + redacted
					+ " where recipient_id = :id and (body ~ :link or body ~ :code)")
			.param("link", LINK)
			.param("code", CODE)
			.param("id", participantId)
			.update();
	}

	private String token() {
		return token(this.random);
	}

	/** 256 random bits, URL-safe (43 characters): an emailed link's secret. */
	static String token(SecureRandom random) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private String code() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < CODE_LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(CODE_ALPHABET.charAt(this.random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * A code is read off a fax and typed: case, spaces and dashes do not matter, and
	 * O/I/L read as 0/1/1. A link's token is taken as it is.
	 */
	static String normalise(String secret) {
		String s = secret.strip();
		String squeezed = s.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (squeezed.length() == CODE_LENGTH) {
			return squeezed.replace('O', '0').replace('I', '1').replace('L', '1');
		}
		return s;
	}

	static byte[] hash(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(normalise(secret).getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
