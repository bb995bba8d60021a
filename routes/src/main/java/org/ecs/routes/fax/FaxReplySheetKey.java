package org.ecs.routes.fax;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The key reply sheet codes are signed with. Only the embedded sandbox may run without
 * one configured: a development key anyone can read in this file would let anybody forge
 * a reply sheet in production.
 */
public final class FaxReplySheetKey {

	static final byte[] DEVELOPMENT = "ECS development reply sheet key, sandbox only"
		.getBytes(StandardCharsets.US_ASCII);

	private final byte[] key;

	private FaxReplySheetKey(byte[] key) {
		this.key = key.clone();
	}

	static FaxReplySheetKey of(String configured, boolean sandbox) {
		if (configured == null || configured.isBlank()) {
			if (!sandbox) {
				throw new IllegalStateException("ecs.fax.reply-sheet-key is required outside the embedded sandbox "
						+ "(base64, at least 16 bytes), or turn faxes off with ecs.fax.enabled=false");
			}
			return new FaxReplySheetKey(DEVELOPMENT);
		}
		byte[] decoded;
		try {
			decoded = Base64.getDecoder().decode(configured.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("ecs.fax.reply-sheet-key is not base64", ex);
		}
		if (decoded.length < 16) {
			throw new IllegalStateException("ecs.fax.reply-sheet-key must hold at least 16 bytes");
		}
		return new FaxReplySheetKey(decoded);
	}

	public byte[] bytes() {
		return this.key.clone();
	}

}
