package org.ecs.gateways.mail;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed tokens that tie a reply (or a bounce) to the recipient and discussion (or
 * notification) it answers, short enough for an email local part: 32 lower-case base32
 * characters for typical ids. A token carries its key version so keys can rotate (tokens
 * signed with any configured key verify), the day it was issued so it expires, and the
 * recipient's revocation epoch, which the caller compares with the current one so that
 * raising the epoch revokes every token issued before. Thread-safe.
 */
public final class ReplyToken {

	/**
	 * What a token is for; part of the signed bytes so one kind cannot pass for the
	 * other.
	 */
	public enum Purpose {

		/** Reply-To of a notification: subject is the discussion id. */
		REPLY,

		/** VERP return path of a notification: subject is the notification id. */
		BOUNCE

	}

	/**
	 * What a valid token says.
	 *
	 * @param purpose reply or bounce
	 * @param recipientId the participant the notification went to
	 * @param subjectId the discussion id (reply) or notification id (bounce)
	 * @param epoch the recipient's revocation epoch when issued
	 * @param issuedOn the day (UTC) it was issued
	 * @param keyVersion the version of the key that signed it
	 */
	public record Claims(Purpose purpose, long recipientId, long subjectId, long epoch, LocalDate issuedOn,
			int keyVersion) {
	}

	/** Outcome of {@link #verify}. */
	public enum Status {

		VALID, MALFORMED, UNKNOWN_KEY, BAD_SIGNATURE, WRONG_PURPOSE, EXPIRED

	}

	/** The verdict on a token, with its claims when they could be read. */
	public record Verification(Status status, Claims claims) {

		public boolean isValid() {
			return this.status == Status.VALID;
		}

	}

	private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

	private static final int MAC_BYTES = 10;

	private static final LocalDate DAY_ZERO = LocalDate.of(2020, 1, 1);

	private final Map<Integer, byte[]> keys;

	private final int currentVersion;

	private final Duration validity;

	private final Clock clock;

	/**
	 * @param keys signing keys by version (0-255), each at least 32 bytes: the current
	 * one and those still accepted
	 * @param currentVersion the version new tokens are signed with
	 * @param validity how long a token is accepted after its issue day
	 * @param clock the time source
	 */
	public ReplyToken(Map<Integer, byte[]> keys, int currentVersion, Duration validity, Clock clock) {
		if (!keys.containsKey(currentVersion)) {
			throw new IllegalArgumentException("no key for current version " + currentVersion);
		}
		keys.forEach((version, key) -> {
			if (version < 0 || version > 255 || key.length < 32) {
				throw new IllegalArgumentException("key " + version + " must be version 0-255 and at least 32 bytes");
			}
		});
		this.keys = new TreeMap<>();
		keys.forEach((version, key) -> this.keys.put(version, key.clone()));
		this.currentVersion = currentVersion;
		this.validity = validity;
		this.clock = clock;
	}

	/** A token for the Reply-To address of a notification about a discussion. */
	public String issueReply(long recipientId, long discussionId, long epoch) {
		return issue(Purpose.REPLY, recipientId, discussionId, epoch);
	}

	/** A token for the VERP return path of one notification. */
	public String issueBounce(long recipientId, long notificationId, long epoch) {
		return issue(Purpose.BOUNCE, recipientId, notificationId, epoch);
	}

	private String issue(Purpose purpose, long recipientId, long subjectId, long epoch) {
		long day = LocalDate.now(this.clock.withZone(ZoneOffset.UTC)).toEpochDay() - DAY_ZERO.toEpochDay();
		ByteArrayOutputStream payload = new ByteArrayOutputStream();
		payload.write(this.currentVersion);
		payload.write(purpose.ordinal());
		varint(payload, recipientId);
		varint(payload, subjectId);
		varint(payload, epoch);
		varint(payload, day);
		byte[] body = payload.toByteArray();
		byte[] mac = mac(this.keys.get(this.currentVersion), body);
		ByteBuffer token = ByteBuffer.allocate(body.length - 1 + MAC_BYTES);
		// the purpose byte is signed but implied by the verifier, so it is not sent
		token.put(body[0]).put(body, 2, body.length - 2).put(mac, 0, MAC_BYTES);
		return base32(token.array());
	}

	/** Checks a token meant for the given purpose; the caller then compares the epoch. */
	public Verification verify(String token, Purpose purpose) {
		byte[] bytes = (token == null) ? null : unbase32(token.strip().toLowerCase(Locale.ROOT));
		if (bytes == null || bytes.length < 1 + 4 + MAC_BYTES) {
			return new Verification(Status.MALFORMED, null);
		}
		int version = bytes[0] & 0xFF;
		byte[] key = this.keys.get(version);
		if (key == null) {
			return new Verification(Status.UNKNOWN_KEY, null);
		}
		int bodyEnd = bytes.length - MAC_BYTES;
		ByteArrayOutputStream signed = new ByteArrayOutputStream();
		signed.write(version);
		signed.write(purpose.ordinal());
		signed.write(bytes, 1, bodyEnd - 1);
		byte[] expected = Arrays.copyOf(mac(key, signed.toByteArray()), MAC_BYTES);
		byte[] actual = Arrays.copyOfRange(bytes, bodyEnd, bytes.length);
		if (!MessageDigest.isEqual(expected, actual)) {
			// a token of the other purpose has a valid signature under that purpose
			boolean other = otherPurposeMatches(key, version, purpose, bytes, bodyEnd, actual);
			return new Verification(other ? Status.WRONG_PURPOSE : Status.BAD_SIGNATURE, null);
		}
		long[] values = new long[4];
		int[] position = { 1 };
		for (int i = 0; i < 4; i++) {
			Long value = readVarint(bytes, position, bodyEnd);
			if (value == null) {
				return new Verification(Status.MALFORMED, null);
			}
			values[i] = value;
		}
		LocalDate issuedOn = DAY_ZERO.plusDays(values[3]);
		Claims claims = new Claims(purpose, values[0], values[1], values[2], issuedOn, version);
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		if (issuedOn.atStartOfDay().plus(this.validity).toLocalDate().isBefore(today)) {
			return new Verification(Status.EXPIRED, claims);
		}
		return new Verification(Status.VALID, claims);
	}

	private static boolean otherPurposeMatches(byte[] key, int version, Purpose purpose, byte[] bytes, int bodyEnd,
			byte[] actual) {
		Purpose other = (purpose == Purpose.REPLY) ? Purpose.BOUNCE : Purpose.REPLY;
		ByteArrayOutputStream signed = new ByteArrayOutputStream();
		signed.write(version);
		signed.write(other.ordinal());
		signed.write(bytes, 1, bodyEnd - 1);
		return MessageDigest.isEqual(Arrays.copyOf(mac(key, signed.toByteArray()), MAC_BYTES), actual);
	}

	private static byte[] mac(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every JVM has HmacSHA256", ex);
		}
	}

	private static void varint(ByteArrayOutputStream out, long value) {
		if (value < 0) {
			throw new IllegalArgumentException("ids and epochs are not negative: " + value);
		}
		long rest = value;
		while (rest >= 0x80) {
			out.write((int) ((rest & 0x7F) | 0x80));
			rest >>>= 7;
		}
		out.write((int) rest);
	}

	private static Long readVarint(byte[] bytes, int[] position, int end) {
		long value = 0;
		for (int shift = 0; shift < 64; shift += 7) {
			if (position[0] >= end) {
				return null;
			}
			int b = bytes[position[0]++] & 0xFF;
			value |= (long) (b & 0x7F) << shift;
			if ((b & 0x80) == 0) {
				return value;
			}
		}
		return null;
	}

	private static String base32(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xFF);
			bits += 8;
			while (bits >= 5) {
				out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
		}
		return out.toString();
	}

	private static byte[] unbase32(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (int i = 0; i < text.length(); i++) {
			int value = ALPHABET.indexOf(text.charAt(i));
			if (value < 0) {
				return null;
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out.write((buffer >> (bits - 8)) & 0xFF);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}

}
