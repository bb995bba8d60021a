package org.ecs.core.meeting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's private calendar address. The token (32 random bytes, URL-safe) is shown
 * to its owner once, when made; only its SHA-256 is kept, so a token is checked without
 * being stored. Making a new address revokes the old one; a withdrawn or suspended
 * person's address stops answering.
 */
@Repository
public class CalendarFeeds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	public CalendarFeeds(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new secret address for the person, replacing any earlier one. */
	@Transactional
	public String renew(long participantId) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("""
				insert into calendar_feed (participant_id, token_hash, created_at) values (?, ?, ?)
				on conflict (participant_id) do update set token_hash = excluded.token_hash,
				created_at = excluded.created_at, last_read_at = null""")
			.params(participantId, hash(token), Timestamp.from(this.clock.instant()))
			.update();
		return token;
	}

	/** The person's address stops answering. */
	public void revoke(long participantId) {
		this.jdbc.sql("delete from calendar_feed where participant_id = ?").param(participantId).update();
	}

	/** Whether the person has an address, and since when. */
	public Optional<java.time.Instant> since(long participantId) {
		return this.jdbc.sql("select created_at from calendar_feed where participant_id = ?")
			.param(participantId)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	/**
	 * The participant whose address this is, if the token is one and its owner is active;
	 * the read is noted (the owner sees when a calendar app last read it).
	 */
	@Transactional
	public Optional<Long> owner(String token) {
		if (!MeetingRules.isFeedToken(token)) {
			return Optional.empty();
		}
		Optional<Long> owner = this.jdbc.sql("""
				select f.participant_id from calendar_feed f join participant p on p.id = f.participant_id
				where f.token_hash = ? and p.active""").param(hash(token)).query(Long.class).optional();
		owner.ifPresent((id) -> this.jdbc.sql("update calendar_feed set last_read_at = ? where participant_id = ?")
			.params(Timestamp.from(this.clock.instant()), id)
			.update());
		return owner;
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
