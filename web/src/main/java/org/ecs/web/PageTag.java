package org.ecs.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;
import org.ecs.core.participant.Participant;

/**
 * A weak ETag for a page or an API answer: what it is (kind, id, version, page) in clear,
 * then a digest of everything else it shows that may differ between readers or change
 * without the version changing. Whoever adds a part to a page adds it here too, or a
 * browser keeps showing the old one. The digest also covers this instance's start, so new
 * templates after a deployment are never answered with 304.
 */
public final class PageTag {

	private static final String STARTED = Instant.now().toString();

	private final String prefix;

	private final MessageDigest digest = sha256();

	private PageTag(String prefix) {
		this.prefix = prefix;
		part(STARTED);
	}

	public static PageTag of(String kind, long id, long version, Object page) {
		return new PageTag(kind + "-" + id + "-v" + version + "-" + page);
	}

	/** Who reads, with every right and setting they have (their record, whole). */
	public PageTag viewer(Participant viewer) {
		return part(viewer);
	}

	public PageTag locale(Locale locale) {
		return part(locale.toLanguageTag());
	}

	/**
	 * The session, which the page's forms are signed for (CSRF): after signing in again,
	 * a page kept from before would post with a token no longer valid.
	 */
	public PageTag session(HttpSession session) {
		return part((session != null) ? session.getId() : "no session");
	}

	/** Anything else the page shows, by its text form (records: every component). */
	public PageTag part(Object value) {
		this.digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
		this.digest.update((byte) 0);
		return this;
	}

	public static String weak(PageTag tag) {
		return "W/\"" + tag.prefix + "-" + HexFormat.of().formatHex(tag.digest.digest(), 0, 12) + "\"";
	}

	/** SHA-256 of a text, in hex. */
	public static String digest(String text) {
		return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
