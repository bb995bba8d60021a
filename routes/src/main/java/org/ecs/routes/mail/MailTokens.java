package org.ecs.routes.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.ecs.core.mailbox.MailTokenKeys;
import org.ecs.core.mailbox.ReplyTokenEpochs;
import org.ecs.gateways.mail.ReplyAddress;
import org.ecs.gateways.mail.ReplyToken;
import org.ecs.routes.outbound.MailSettings;
import org.springframework.stereotype.Component;

/**
 * Reply and bounce addresses of notifications, and what an address found on an inbound
 * mail says. Tokens are signed with the configured keys (or the one ECS keeps in its
 * database) and carry the recipient's epoch, which must still be current.
 */
@Component
public class MailTokens {

	private final ReplyToken tokens;

	private final ReplyTokenEpochs epochs;

	private final MailSettings settings;

	private final byte[] messageIdKey;

	public MailTokens(MailSettings settings, MailTokenKeys storedKeys, ReplyTokenEpochs epochs, Clock clock) {
		this.settings = settings;
		this.epochs = epochs;
		Map<Integer, byte[]> keys = keys(settings, storedKeys);
		this.tokens = new ReplyToken(keys, settings.tokenKeyVersion(), settings.tokenValidity(), clock);
		byte[] signing = keys.get(settings.tokenKeyVersion());
		if (signing == null) {
			throw new IllegalStateException("ecs.mail.token-keys has no key of version " + settings.tokenKeyVersion()
					+ " (ecs.mail.token-key-version)");
		}
		this.messageIdKey = derive(signing, "ecs message ids");
	}

	/** A key of its own for each use, derived from the signing key. */
	private static byte[] derive(byte[] key, String use) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(use.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every JVM has HmacSHA256", ex);
		}
	}

	/**
	 * The key that makes ECS's Message-IDs unguessable: derived from the signing key of
	 * the current version, so every instance has the same one.
	 */
	byte[] messageIdKey() {
		return this.messageIdKey.clone();
	}

	private static Map<Integer, byte[]> keys(MailSettings settings, MailTokenKeys storedKeys) {
		Map<Integer, byte[]> keys = new HashMap<>();
		settings.tokenKeys().forEach((version, key) -> keys.put(version, Base64.getDecoder().decode(key.strip())));
		if (keys.isEmpty()) {
			keys.put(settings.tokenKeyVersion(), storedKeys.obtain(settings.tokenKeyVersion()));
		}
		return keys;
	}

	/**
	 * {@code <local>+<token>@<domain>}: where this recipient's replies about a discussion
	 * go.
	 */
	public String replyAddress(long recipientId, long discussionId) {
		return replyAddress(recipientId, discussionId, this.epochs.current(recipientId));
	}

	/** {@link #replyAddress(long, long)} with the recipient's epoch already known. */
	public String replyAddress(long recipientId, long discussionId, long epoch) {
		String token = this.tokens.issueReply(recipientId, discussionId, epoch);
		return ReplyAddress.format(this.settings.replyLocal(), token, this.settings.domain());
	}

	/** The current reply-token epochs of many recipients, in one query. */
	public Map<Long, Long> epochs(Collection<Long> recipientIds) {
		return this.epochs.current(recipientIds);
	}

	/**
	 * The VERP envelope sender of one notification: a bounce to it names the
	 * notification.
	 */
	public String bounceAddress(long recipientId, long notificationId) {
		return bounceAddress(recipientId, notificationId, this.epochs.current(recipientId));
	}

	/** {@link #bounceAddress(long, long)} with the recipient's epoch already known. */
	public String bounceAddress(long recipientId, long notificationId, long epoch) {
		String token = this.tokens.issueBounce(recipientId, notificationId, epoch);
		return ReplyAddress.format(this.settings.bounceLocal(), token, this.settings.domain());
	}

	/**
	 * The reply token among a mail's recipients, verified, or empty when the mail was not
	 * sent to a reply address.
	 */
	public Optional<ReplyToken.Verification> reply(Collection<String> recipients) {
		return find(recipients, this.settings.replyLocal(), ReplyToken.Purpose.REPLY);
	}

	/** The bounce token among a bounce's recipients, verified, or empty. */
	public Optional<ReplyToken.Verification> bounce(Collection<String> recipients) {
		return find(recipients, this.settings.bounceLocal(), ReplyToken.Purpose.BOUNCE);
	}

	private Optional<ReplyToken.Verification> find(Collection<String> recipients, String local,
			ReplyToken.Purpose purpose) {
		// with one mailbox for replies and bounces, try every plus-address: the purpose
		// is signed, so a token of the other kind never verifies
		return recipients.stream()
			.map(ReplyAddress::parse)
			.flatMap(Optional::stream)
			.filter((address) -> address.isFor(local, this.settings.domain()))
			.map((address) -> this.tokens.verify(address.token(), purpose))
			.filter((verification) -> verification.status() != ReplyToken.Status.WRONG_PURPOSE)
			.findFirst();
	}

	/** Whether the token's epoch is still the recipient's current one (not revoked). */
	public boolean current(ReplyToken.Claims claims) {
		return claims.epoch() == this.epochs.current(claims.recipientId());
	}

}
