package org.ecs.core.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How ECS names a certificate: SHA-256 over its DER encoding, lowercase hex. Two
 * certificates with the same subject (a reissue, or a forged one from another CA) never
 * share it.
 */
public final class CertificateFingerprint {

	private CertificateFingerprint() {
	}

	public static String of(byte[] der) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
