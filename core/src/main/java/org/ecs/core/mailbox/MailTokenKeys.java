package org.ecs.core.mailbox;

import java.security.SecureRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Token signing keys that ECS makes for itself when the operator configured none (the
 * embedded default). The first instance to ask creates the key; every instance and every
 * restart then reads the same one, so tokens in mail already sent keep verifying.
 */
@Repository
public class MailTokenKeys {

	static final int KEY_BYTES = 32;

	private final JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	public MailTokenKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored key of this version, created now if there is none. */
	public byte[] obtain(int version) {
		byte[] candidate = new byte[KEY_BYTES];
		this.random.nextBytes(candidate);
		this.jdbc.sql("insert into mail_token_key (version, secret) values (?, ?) on conflict (version) do nothing")
			.params(version, candidate)
			.update();
		return this.jdbc.sql("select secret from mail_token_key where version = ?")
			.param(version)
			.query(byte[].class)
			.single();
	}

}
