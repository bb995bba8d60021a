package org.ecs.core.meeting;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Short-lived tokens that let a person watch one live stream on an outside media server
 * (MediaMTX, whose authentication hook asks ECS). A token names the participant, the
 * media server's path it is good for and when it expires, signed with HMAC-SHA256 under a
 * secret from configuration ({@code ecs.video.live-token-secret}, never in the
 * repository); another path, a later time or a changed character makes it worthless.
 * Without a configured secret a random one is made at start: tokens then end with the
 * instance, and several instances would not accept each other's.
 */
@Component
public class LiveStreamTokens {

	private static final Pattern SHAPE = Pattern.compile("(\\d{1,18})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})");

	private final byte[] secret;

	private final Duration lifetime;

	private final Clock clock;

	public LiveStreamTokens(@Value("${ecs.video.live-token-secret:}") String secret,
			@Value("${ecs.video.live-token-lifetime:PT10M}") Duration lifetime, Clock clock) {
		if (secret == null || secret.isBlank()) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			this.secret = random;
		}
		else if (secret.strip().length() < 32) {
			throw new IllegalArgumentException("ecs.video.live-token-secret must be at least 32 characters");
		}
		else {
			this.secret = secret.strip().getBytes(StandardCharsets.UTF_8);
		}
		this.lifetime = lifetime;
		this.clock = clock;
	}

	/**
	 * A token for this participant to read this path, until {@link #lifetime()} from now.
	 */
	public String issue(long participantId, String path) {
		long expires = this.clock.instant().plus(this.lifetime).getEpochSecond();
		return participantId + "." + expires + "." + sign(participantId, expires, path);
	}

	public Duration lifetime() {
		return this.lifetime;
	}

	/**
	 * The participant a token was issued to, when it is well formed, signed by this
	 * secret, for this very path, and not expired.
	 */
	public Optional<Long> verify(String token, String path) {
		if (token == null || path == null) {
			return Optional.empty();
		}
		Matcher m = SHAPE.matcher(token.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		long participant = Long.parseLong(m.group(1));
		long expires = Long.parseLong(m.group(2));
		byte[] expected = sign(participant, expires, path).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, m.group(3).getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		return this.clock.instant().isBefore(Instant.ofEpochSecond(expires)) ? Optional.of(participant)
				: Optional.empty();
	}

	/**
	 * The media server's path of a live stream's address: {@code ecs/pc63} for
	 * {@code https://media.example.org/ecs/pc63/index.m3u8}. Empty for an address on this
	 * server (the embedded source, which ECS serves itself to people signed in).
	 */
	public static Optional<String> mediaPath(String liveUrl) {
		if (liveUrl == null) {
			return Optional.empty();
		}
		URI uri;
		try {
			uri = URI.create(liveUrl);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (uri.getHost() == null || uri.getPath() == null) {
			return Optional.empty();
		}
		String path = uri.getPath().replaceAll("^/+", "");
		int last = path.lastIndexOf('/');
		return (last > 0) ? Optional.of(path.substring(0, last)) : Optional.empty();
	}

	private String sign(long participant, long expires, String path) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			byte[] signature = mac
				.doFinal(("ecs-live\n" + participant + "\n" + expires + "\n" + path).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is missing from this Java", ex);
		}
	}

}
