package org.ecs.gateways.mail;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Message-IDs of ECS mail. Each carries a MAC under a key of ECS's, so nobody can
 * guess the id of a notification sent to someone else (a counter such as {@code n-104@…}
 * could be walked). An id found in In-Reply-To or a bounce is only believed when its MAC
 * verifies, and even then it only threads: it never says who wrote. The same input gives
 * the same id, so a retried send is recognised as the same mail. Thread-safe.
 */
public final class MessageIds {

	/** 128 bits of MAC, in hex. */
	private static final int MAC_BYTES = 16;

	private static final Pattern NOTIFICATION = Pattern.compile("^<?n-(\\d{1,18})\\.([0-9a-f]{32})@(.+?)>?$",
			Pattern.CASE_INSENSITIVE);

	private final SecretKeySpec key;

	private final String domain;

	/**
	 * @param key at least 32 secret bytes, kept across restarts (ids in mail already sent
	 * keep verifying)
	 * @param domain the right-hand side of the ids, for example {@code ecs.example.org}
	 */
	public MessageIds(byte[] key, String domain) {
		if (key == null || key.length < 32) {
			throw new IllegalArgumentException("A Message-ID key needs at least 32 bytes");
		}
		this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
		this.domain = domain;
	}

	/** The Message-ID of one notification, with brackets. */
	public String notification(long notificationId) {
		return "<n-" + notificationId + "." + mac("notification:" + notificationId) + "@" + this.domain + ">";
	}

	/** The id every notification of a discussion refers to, so clients thread them. */
	public String discussionRoot(long discussionId) {
		return "<d-" + discussionId + "." + mac("discussion:" + discussionId) + "@" + this.domain + ">";
	}

	/** The Message-ID of the answer to one inbound mail for one reason. */
	public String answer(String inboundKey, String reason) {
		return "<r-" + mac("answer:" + reason + ":" + inboundKey) + "."
				+ reason.toLowerCase(Locale.ROOT).replace('_', '-') + "@" + this.domain + ">";
	}

	/**
	 * The notification a Message-ID of ours names, when its MAC verifies; empty for any
	 * other id, forged or not ours.
	 */
	public OptionalLong notificationOf(String messageId) {
		if (messageId == null) {
			return OptionalLong.empty();
		}
		Matcher m = NOTIFICATION.matcher(messageId.strip());
		if (!m.matches() || !m.group(3).equalsIgnoreCase(this.domain)) {
			return OptionalLong.empty();
		}
		long id = Long.parseLong(m.group(1));
		byte[] expected = mac("notification:" + id).getBytes(StandardCharsets.US_ASCII);
		byte[] given = m.group(2).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given) ? OptionalLong.of(id) : OptionalLong.empty();
	}

	private String mac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			byte[] full = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(full, 0, MAC_BYTES);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("every JVM has HmacSHA256", ex);
		}
	}

}
