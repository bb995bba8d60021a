package org.ecs.core.security;

import java.security.SecureRandom;

/**
 * The passphrase that protects a PKCS#12 file ECS hands over once (a certificate made on
 * the settings page, the first administrator's): 20 unambiguous letters and digits in
 * groups of five, typed by hand into a browser's import dialog.
 */
public final class OneTimePassphrase {

	/** No 0/o, 1/l/i: read off a screen and typed by hand. */
	static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	/** 20 symbols of 31: 99 bits. */
	static final int LENGTH = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private OneTimePassphrase() {
	}

	/** A new passphrase, e.g. {@code k3mzq-7hw2d-pxt9a-r4nbe}. */
	public static char[] next() {
		char[] chars = new char[LENGTH + LENGTH / 5 - 1];
		int at = 0;
		for (int i = 0; i < LENGTH; i++) {
			if (i > 0 && i % 5 == 0) {
				chars[at++] = '-';
			}
			chars[at++] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
		}
		return chars;
	}

}
