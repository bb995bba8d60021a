package org.ecs.gateways.fax;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The code printed as a QR code on a fax's reply sheet: which discussion the sheet
 * answers and which participant it was sent to, with a short HMAC so that a forged or
 * misread sheet is not taken for a participant's. Written
 * {@code ECS1:D42:P17:K5M2Q7XJ4B}: only upper-case letters, digits and colons, so that
 * the QR code uses its compact alphanumeric mode.
 *
 * @param discussionId the discussion
 * @param participantId the participant the fax was sent to
 * @param mac the HMAC-SHA256 of both ids, first 50 bits in Base32
 */
public record ReplySheetCode(long discussionId, long participantId, String mac) {

	/** The discussion of a sheet that answers no discussion (a network message). */
	public static final long NO_DISCUSSION = 0;

	private static final String VERSION = "ECS1";

	private static final Pattern FORMAT = Pattern.compile("ECS1:D(\\d{1,18}):P(\\d{1,18}):([A-Z2-7]{10})");

	private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

	public ReplySheetCode {
		if (discussionId < 0 || participantId < 0) {
			throw new IllegalArgumentException("Ids must not be negative");
		}
		if (mac == null || !mac.matches("[A-Z2-7]{10}")) {
			throw new IllegalArgumentException("Not a reply sheet MAC: " + mac);
		}
	}

	/**
	 * The code for a fax sent to a participant about a discussion.
	 * @param discussionId the discussion
	 * @param participantId the recipient
	 * @param key the HMAC key (from configuration, at least 16 bytes)
	 * @return the code
	 */
	public static ReplySheetCode issue(long discussionId, long participantId, byte[] key) {
		return new ReplySheetCode(discussionId, participantId, mac(discussionId, participantId, key));
	}

	/**
	 * Reads a code from a decoded QR payload or a typed reference; whitespace and case
	 * are forgiven. The MAC is not checked here: see {@link #isAuthentic(byte[])}.
	 * @param payload the text
	 * @return the code, if the text is one
	 */
	public static Optional<ReplySheetCode> parse(String payload) {
		if (payload == null) {
			return Optional.empty();
		}
		String compact = payload.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
		Matcher matcher = FORMAT.matcher(compact);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new ReplySheetCode(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)),
				matcher.group(3)));
	}

	/** The QR payload, e.g. {@code ECS1:D42:P17:K5M2Q7XJ4B}. */
	public String format() {
		return VERSION + ":D" + this.discussionId + ":P" + this.participantId + ":" + this.mac;
	}

	/**
	 * The reference a person reads and can say on the phone, e.g.
	 * {@code ECS-D-42 / P-17}.
	 */
	public String reference() {
		return namesDiscussion() ? "ECS-D-" + this.discussionId + " / P-" + this.participantId
				: "ECS-P-" + this.participantId;
	}

	/**
	 * Whether the sheet answers a discussion; a sheet sent with a network message names
	 * only its recipient, and the coordinator decides where the answer goes.
	 */
	public boolean namesDiscussion() {
		return this.discussionId != NO_DISCUSSION;
	}

	/**
	 * Whether the code was issued with this key.
	 * @param key the HMAC key
	 * @return true if the MAC matches
	 */
	public boolean isAuthentic(byte[] key) {
		byte[] expected = mac(this.discussionId, this.participantId, key).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, this.mac.getBytes(StandardCharsets.US_ASCII));
	}

	private static String mac(long discussionId, long participantId, byte[] key) {
		if (key == null || key.length < 16) {
			throw new IllegalArgumentException("The reply sheet key must have at least 16 bytes");
		}
		try {
			Mac hmac = Mac.getInstance("HmacSHA256");
			hmac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] digest = hmac
				.doFinal((VERSION + ":" + discussionId + ":" + participantId).getBytes(StandardCharsets.US_ASCII));
			return base32(digest, 10);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is unavailable", ex);
		}
	}

	private static String base32(byte[] bytes, int characters) {
		StringBuilder out = new StringBuilder(characters);
		int buffer = 0;
		int bits = 0;
		int index = 0;
		while (out.length() < characters) {
			if (bits < 5) {
				buffer = (buffer << 8) | (bytes[index++] & 0xff);
				bits += 8;
			}
			out.append(BASE32[(buffer >> (bits - 5)) & 0x1f]);
			bits -= 5;
		}
		return out.toString();
	}

}
